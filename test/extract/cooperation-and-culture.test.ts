// Events of cooperation pages and of a district's culture news, found on blind writers' articles: a joint meeting of
// two regions named with one dash (某市—某县对口支援工作座谈会; a transcribed county jieba cut into single characters),
// its people not given to a meeting only referred to later (…工作座谈会精神); a fair, a reading club and a gala as
// events (招聘会 held, 读书会 开讲, 汇演 上演) whose guests watch (观看演出); a democratic life meeting named with its theme
// (召开学习贯彻…精神专题民主生活会) and its members' self-examinations (作对照检查) as speeches. Every region × names. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const rec = (text: string, date = '2025-05-31') => extractRecord({ id: 't', text, date });
const attendance = (text: string): string[] =>
  rec(text).meetings.filter((m) => m.reported).flatMap((m) => m.attendees.map((a) => `${m.name}|${a.person}|${a.roles.join('+')}`)).sort();

const PAIRS: [string, string][] = [['淮澄市', '库木巴什县'], ['澜湾市', '阿克铁热克县'], ['鹭川市', '岑岗县'], ['汐州市', '曲桑县']];
const NAMES: [string, string, string][] = [['邵振川', '汤景行', '褚文彬'], ['艾尔肯·吐尔逊', '欧阳恺', '次仁旺堆'], ['吉克石布', '闻人樾', '白雪']];

describe('a joint meeting of two regions', () => {
  it(`named with one dash, its people kept from a meeting referred to after (${PAIRS.length} pairs × ${NAMES.length} names)`, () => {
    for (const [city, county] of PAIRS) for (const [a, b, c] of NAMES) {
      const meeting = `${city}—${county}对口支援工作座谈会`;
      const text = `31日上午，${meeting}召开。县委书记${a}主持座谈会，${city}副市长${b}讲话。${c}参加座谈会。\n${b}指出，要认真贯彻落实第三次中央新疆工作座谈会精神。`;
      expect(attendance(text), text).toEqual([`${meeting}|${a}|PRESIDED`, `${meeting}|${b}|SPOKE`, `${meeting}|${c}|ATTENDED`].sort());
    }
  });
});

describe('fairs, reading clubs and galas are events', () => {
  it('招聘会 held, 读书会 开讲, 汇演 上演, 观看演出', () => {
    for (const [a, b, c] of NAMES) {
      const fair = `8月2日，临澜区—岑岗县劳务协作专场招聘会在县城广场举行。副县长${a}出席并致辞。`;
      expect(attendance(fair), fair).toEqual([`临澜区—岑岗县劳务协作专场招聘会|${a}|SPOKE+ATTENDED`]);
      const club = `当晚，“岑风书房”读书会第48期在青岑区图书馆报告厅开讲。读书会由区图书馆馆长${b}主持。区委宣传部副部长${c}出席活动。`;
      expect(attendance(club).map((x) => x.split('|').slice(1).join('|')), club).toEqual([`${b}|PRESIDED`, `${c}|ATTENDED`].sort());
      const gala = `9月27日晚，青岑区庆祝国庆文艺汇演在区文化中心大剧院上演。区委书记${a}，区长${b}等区领导与1200余名观众一同观看演出。`;
      expect(attendance(gala).map((x) => x.split('|').slice(1).join('|')), gala).toEqual([`${a}|ATTENDED`, `${b}|ATTENDED`].sort());
    }
  });
});

describe('a democratic life meeting', () => {
  it('named with its theme; self-examinations are speeches; a meeting held 会前 is an aside', () => {
    for (const [a, b, c] of NAMES) {
      const text = `3月25日，市委常委班子召开学习贯彻中央八项规定精神专题民主生活会。市委书记${a}主持会议并讲话。\n为开好这次民主生活会，会前，市委常委会召开会议，专题研究筹备工作。\n会上，市委常委${b}、${c}逐一作个人对照检查。`;
      const got = attendance(text);
      expect(got.every((x) => x.startsWith('学习贯彻中央八项规定精神专题民主生活会|')), text).toBe(true);
      expect(got.map((x) => x.split('|').slice(1).join('|')), text).toEqual([`${a}|PRESIDED+SPOKE`, `${b}|SPOKE`, `${c}|SPOKE`].sort());
      expect(rec(text).entities.filter((e) => e.type === 'person').map((e) => e.name), text).not.toContain('班子');
    }
  });
});

describe('a drill is an event', () => {
  it('its commander presides, those who watch it attend', () => {
    for (const [county, town] of [['澴岭县', '桐坳镇'], ['德嘎县', '色曲镇'], ['库玛克县', '托万镇']]) for (const [a, b, c] of NAMES) {
      const text = `4月30日上午，${county}2025年防汛抢险综合应急演练在${town}举行。副县长${a}担任演练总指挥，县人大常委会副主任${b}、县政协副主席${c}现场观摩。`;
      const got = attendance(text).map((x) => x.split('|').slice(1).join('|'));
      expect(got, text).toEqual([`${a}|PRESIDED`, `${b}|ATTENDED`, `${c}|ATTENDED`].sort());
    }
  });
});

describe('cadres posted from another region', () => {
  const posts = (text: string): string[] => rec(text).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
  it('某某挂任某县委常委、副县长: the posts given, the name whole', () => {
    // (a transcribed county jieba splits before 县委, 阿克/nrt 铁热克/x 县委, is still read short: docs/local-news-corpus.md)
    for (const county of ['库木巴什县', '岑岗县', '曲桑县', '甘洛县']) for (const name of ['东方熠', '闻人樾', '柏中原', '欧阳恺', '次仁旺堆']) {
      const text = `会上宣读了任职通知：${name}挂任${county}委常委、副县长。`;
      expect(posts(text), text).toEqual([`${name}|副县长|${county}`, `${name}|常委|${county}委`].sort());
    }
  });
  it('a post, then （挂职） before the name', () => {
    for (const name of ['东方熠', '闻人樾', '蒯思远', '白雪']) {
      const text = `峨溪县召开援建项目推进会。县发展和改革委员会副主任（挂职）${name}通报了项目进度。`;
      expect(posts(text), text).toEqual([`${name}|副主任|峨溪县发展和改革委员会`]);
    }
  });
});
