// Posts written in a clause that describes the person before the name: a relative clause with a verb that gives a
// post (某区副区长、挂任某县委常委、副县长的某某; 担任村党支部书记的某某) and a description ending in 的 before a post
// (分管应急工作的副县长某某). A post held before (曾任, 时任 … 的) gives none, nor a role with no body (来自某公司的代表
// 某某), and 曾任 is no surname. Every region × name. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string) => extractRecord({ id: 't', text, date: '2025-05-12' });
const posts = (text: string): string[] =>
  record(text).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();

const PAIRS: [string, string][] = [['临澜区', '岑岗县'], ['江浦区', '墨竹县'], ['鹿鸣区', '巴音县']];
const NAMES = ['欧阳恺', '白玛次仁', '卜晓雯', '阿力木·吐尔逊', '陈安平'];

describe('a post given in a relative clause', () => {
  it(`某区副区长、挂任某县委常委、副县长的某某 (${PAIRS.length} pairs × ${NAMES.length} names)`, () => {
    for (const [district, county] of PAIRS) for (const name of NAMES) {
      const text = `5月11日，两地召开东西部协作联席会议。${district}副区长、挂任${county}委常委、副县长的${name}出席会议并讲话。`;
      expect(posts(text), text).toEqual([`${name}|副区长|${district}`, `${name}|常委|${county}委`, `${name}|副县长|${county}`].sort());
    }
  });

  it('担任 … 的某某, the village named in the article', () => {
    for (const name of NAMES) {
      const text = `5月10日，鹤塘村召开院坝会。担任村党支部书记的${name}说，今年村里要把茶园扩到三百亩。`;
      expect(posts(text), text).toEqual([`${name}|书记|鹤塘村党支部`]);
    }
  });

  it('a post held before (曾担任, 时任) gives none, and 曾任 is no one', () => {
    for (const name of NAMES) for (const verb of ['曾担任', '时任', '曾任']) {
      const text = `5月10日，岑岗县召开老干部座谈会。${verb}县委书记的${name}回忆了当年修路的情景。`;
      const r = record(text);
      expect(posts(text), text).toEqual([]);
      expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name), text).toEqual([name]);
    }
  });
});

describe('a post after a description ending in 的', () => {
  it('分管…工作的副县长某某: the post of the article\'s county', () => {
    for (const [, county] of PAIRS) for (const name of NAMES) {
      const text = `5月11日，${county}召开防汛工作会议。分管应急工作的副县长${name}主持会议。`;
      expect(posts(text), text).toEqual([`${name}|副县长|${county}`]);
    }
  });

  it('兼任某局局长的副县长某某: both posts', () => {
    for (const [, county] of PAIRS) for (const name of NAMES) {
      const text = `5月11日，${county}召开安全生产会议。兼任县应急管理局局长的副县长${name}主持会议。`;
      expect(posts(text), text).toEqual([`${name}|副县长|${county}`, `${name}|局长|${county}应急管理局`].sort());
    }
  });

  it('a role with no body after 的 is no post (来自某公司的代表某某, 新当选的会长某某)', () => {
    for (const name of NAMES) {
      const text = `5月11日，岑岗县召开民营企业座谈会。来自岑岗县恒远建材有限公司的代表${name}发言。`;
      expect(posts(text), text).toEqual([]);
    }
  });
});
