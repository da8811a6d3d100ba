// Rules taught by four blind writers of 6 December 2026 (OCR pages; foreign affairs and trade; emergencies, courts
// and police; culture, sports and schools), each probed with other names, places and events than theirs. Every
// person, county and event is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2024-10-19') => extractRecord({ id: 't', text, date });
const persons = (text: string) => record(text).entities.filter((e) => e.type === 'person').map((e) => e.name);

const COUNTIES = ['青岚县', '柘源县', '鹤汀县'];
const NAMES = ['闵春生', '欧阳立', '卓娅', '田野', '司徒敏'];

describe('a sitting held before or as a habit is not the one reported', () => {
  const EVENTS = ['全省第三届运动会', '全市第五届农民运动会', '全国残疾人运动会'];
  it('曾 + 参加 (someone once took part)', () => {
    const wrong: string[] = [];
    for (const c of COUNTIES) for (const n of NAMES) for (const e of EVENTS) {
      const text = `10月18日上午，${c}第十届运动会在县体育场开幕。老运动员${n}点燃主火炬。${n}曾代表${c.slice(0, 2)}参加${e}并获得亚军。`;
      const r = record(text);
      const past = r.meetings.find((m) => m.name.includes(e));
      if (past?.reported || past?.attendees.length || persons(text).includes('曾')) wrong.push(`${text}\n  ${JSON.stringify(r.meetings.map((m) => [m.name, m.reported, m.attendees.map((a) => a.person)]))}`);
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('a count of times (已3次, 先后两次, 累计5次) or a routine (每年, 定期)', () => {
    for (const c of COUNTIES) for (const how of ['已3次列席', '先后两次列席', '累计5次列席', '每年都列席', '定期列席']) {
      const text = `5月29日下午，${c}人民法院召开2024年第五次审判委员会会议。院长阿苏拉且主持会议。今年以来，县人民检察院检察长${how}县法院审判委员会会议。`;
      const other = record(text).meetings.find((m) => m.name === '县法院审判委员会会议');
      expect(other?.reported ?? false, text).toBe(false);
    }
  });

  it('a person surnamed 曾 who convenes a meeting still reports it', () => {
    for (const name of ['曾霖', '曾海涛', '曾庆华']) {
      const text = `国务院总理${name}10月8日主持召开国务院常务会议，听取关于防汛救灾工作情况的汇报。`;
      expect(record(text, '2028-10-09').meetings.find((m) => m.name === '国务院常务会议')?.reported, text).toBe(true);
    }
  });

  it('a session written with its own numbers (县十八届人大四次会议主席团举行第二次会议) is still reported', () => {
    const r = record('1月9日晚，县十八届人大四次会议主席团举行第二次会议。大会常务主席俞长河主持会议。', '2025-01-10');
    expect(r.meetings.some((m) => m.reported && m.attendees.some((a) => a.person === '俞长河'))).toBe(true);
  });
});

describe('names the new fields print', () => {
  it('a Yi clan name before a word that opens the predicate (先后, 依次, 依法) is the whole name', () => {
    for (const clan of ['马海', '吉伍', '沙马', '阿苏']) for (const follower of ['先后发言', '依次发言', '依法列席会议']) {
      const text = `村民代表${clan}木呷、村民代表${clan}${follower}。`;
      expect(persons(text), text).not.toContain(`${clan}${follower.slice(0, 2)}`);
    }
    expect(persons('县人民检察院检察长海来木呷依法列席会议。')).toContain('海来木呷');
  });

  it('曾 before 代表 (once represented) is no surname reference; 王代表 still is', () => {
    for (const n of NAMES) expect(persons(`${n}曾代表青岚参加全省运动会。`)).not.toContain('曾');
    expect(persons('王代表建议加快建设农贸市场。')).toContain('王');
  });

  it('a compound surname before a given name jieba reads as a word (司马 + 远航/v) keeps the given name', () => {
    for (const [sur, given] of [['司马', '远航'], ['欧阳', '向前'], ['上官', '飞翔'], ['诸葛', '明亮']]) {
      for (const c of COUNTIES) {
        const text = `昨日上午，${c.slice(0, 2)}市委书记${sur}${given}在市行政中心会见了客人。`;
        expect(persons(text), text).toContain(`${sur}${given}`);
      }
    }
  });

  it('a Russian name with its patronymic (17 characters and more) after a post', () => {
    for (const name of ['德米特里·亚历山德罗维奇·库兹涅佐夫', '叶卡捷琳娜·弗拉基米罗夫娜·彼得罗娃', '安德烈·伊戈列维奇·沃尔科夫']) {
      const text = `阿穆尔州副州长${name}，省商务厅厅长申屠立华出席开幕式。`;
      expect(persons(text), text).toContain(name);
    }
    // (…but two dotted names joined by 和 stay two)
    expect(persons('主演罗莎·琳妮和菲利普·西蒙·霍尔曼出席首映式。')).not.toContain('罗莎·琳妮和菲利普·西蒙·霍尔曼');
  });

  it('a Vietnamese woman\'s name (surname, 氏, given name) after a post', () => {
    for (const name of ['阮氏秋香', '杜氏清水', '范氏玉兰', '黎氏兰', '陈氏梅']) {
      const text = `越南北坪省人民委员会主席${name}出席签约仪式。`;
      expect(persons(text), text).toContain(name);
    }
  });
});

describe('meetings of the emergency commands', () => {
  it('a name that joins two times with 及 (春节及元宵期间…调度会) is whole and reported', () => {
    for (const [a, b] of [['春节', '元宵'], ['汛前', '汛期'], ['国庆', '中秋']]) for (const c of COUNTIES) {
      const name = `${a}及${b}期间森林防灭火工作调度会`;
      const text = `2月7日下午，${c}森林防灭火指挥部召开${name}，分析研判火险形势。副县长向东林主持会议并讲话。`;
      const m = record(text, '2024-02-08').meetings.find((x) => x.name.endsWith(name));
      expect(m?.reported, text).toBe(true);
      expect(m?.attendees.map((x) => x.person), text).toEqual(['向东林']);
    }
  });

  it('who delegated the chair (受…委托) is no attendee, whatever posts stand between 受 and the name', () => {
    for (const posts of ['县长', '县委副书记、县长、县森林防灭火指挥部指挥长', '市委书记']) for (const [a, b] of [['欧阳晓峰', '向东林'], ['田野', '司徒敏'], ['卓娅', '闵春生']]) {
      const text = `2月7日下午，县森林防灭火指挥部召开春节期间调度会。受${posts}${a}委托，副县长${b}主持会议并讲话。`;
      const people = record(text, '2024-02-08').meetings.flatMap((m) => m.attendees.map((x) => x.person));
      expect(people, text).toContain(b);
      expect(people, text).not.toContain(a);
    }
  });
});

describe('foreign cities in a city\'s external affairs', () => {
  const ABROAD: [string, string][] = [['俄罗斯', '伊斯克拉夫斯克市'], ['俄罗斯', '克拉斯诺亚尔斯克市'], ['韩国', '青罗市'], ['越南', '北坪省']];
  it('a long transliterated city is one place, and a bare 市长 after it is the home city\'s', () => {
    for (const [country, city] of ABROAD) for (const home of ['绥岭市', '沧屿市', '崇岚市']) {
      const text = `本报讯 3月5日，${country}${city}市长谢尔盖·波利亚科夫率团访问${home}。市长赫连志勇与波利亚科夫举行会谈。`;
      const posts = record(text, '2024-03-06').positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
      expect(posts, text).toContain(`赫连志勇|市长|${home}`);
    }
    const posts = record('本报讯 3月5日，俄罗斯伊斯克拉夫斯克市市长谢尔盖·波利亚科夫率团访问绥岭市。', '2024-03-06').positions;
    expect(posts.map((p) => p.organization)).toContain('伊斯克拉夫斯克市');
  });
});

describe('a funeral and the one it mourns', () => {
  it('is named after him, and he is no attendee; those who went to see him off are', () => {
    for (const [dead, a, b] of [['单立本', '庞晓东', '葛长松'], ['诸葛明德', '褚建业', '黎晓燕'], ['田野', '卓娅', '司徒敏'], ['扎西多吉', '欧阳立', '闵春生']]) {
      const text = `原${COUNTIES[0]}人大常委会主任${dead}同志，因病于2025年4月19日逝世。4月22日，${dead}同志遗体告别仪式在殡仪馆举行。县领导${a}、${b}等前往送别。${dead}同志1946年出生，1965年参加工作。${dead}同志生前友好和亲属参加遗体告别仪式。`;
      const m = record(text, '2025-04-23').meetings.find((x) => x.name.includes('遗体告别仪式'));
      expect(m?.name, text).toBe(`${dead}同志遗体告别仪式`);
      expect(m?.attendees.map((x) => x.person).sort(), text).toEqual([a, b].sort());
    }
  });
});

describe('a court\'s posts beside the procuratorate', () => {
  it('a bare 副院长 after a 检察院 is named is the court\'s (a 检察院\'s head is its 检察长)', () => {
    for (const c of COUNTIES) for (const [a, b] of [['杨磊', '何晓燕'], ['田野', '司徒敏']]) {
      const text = `5月29日下午，${c}人民法院召开审判委员会会议。院长阿苏拉且主持会议。县人民检察院检察长海来木呷依法列席会议。审判委员会委员、副院长${a}、${b}出席会议。`;
      const posts = record(text, '2024-05-30').positions.filter((p) => p.title === '副院长').map((p) => `${p.person}|${p.organization}`);
      expect(posts, text).toEqual([`${a}|${c}人民法院`, `${b}|${c}人民法院`]);
    }
  });
});
