// Rules taught by four blind writers of 6 December 2026, evening (cross-regional cooperation; emergency management;
// culture, sport and festivals; an autonomous prefecture's science, schools and hospitals), each probed with other
// names, counties and events than theirs. Every person, county, company and event is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2025-07-31', title?: string) => extractRecord({ id: 't', text, date, ...(title ? { title } : {}) });
const positionsOf = (text: string, person: string, date?: string) =>
  record(text, date).positions.filter((p) => p.person === person).map((p) => `${p.title}@${p.organization ?? '-'}`);
const meetingsOf = (text: string, date?: string, title?: string) => record(text, date, title).meetings.filter((m) => m.reported);
const rolesIn = (text: string, person: string, date?: string, title?: string) =>
  meetingsOf(text, date, title).map((m) => `${m.name}:${m.attendees.filter((a) => a.person === person).map((a) => a.roles.join('+')).join()}`);
const personsOf = (text: string) => record(text).entities.filter((e) => e.type === 'person').map((e) => e.name);

const NAMES = ['叶青山', '欧阳靖川', '田野', '訾国栋'];

describe('unknown counties jieba cut into characters', () => {
  it('a level glued to the body or post after the name (松/v 岙/g 县委书记)', () => {
    for (const county of ['松岙', '槎岙', '那岜']) for (const n of NAMES) {
      const text = `昨天下午，${county}县召开座谈会。${county}县委书记${n}出席并讲话。`;
      expect(positionsOf(text, n), text).toEqual([`书记@${county}县委`]);
    }
  });
});

describe('counties whose name holds a known one', () => {
  it('尔/nr + 吉县/ns is 尔吉县, not the county 吉县; 原 + a county is still a former one', () => {
    for (const n of NAMES) {
      const text = `活动启动仪式上，尔吉县副县长${n}致辞。`;
      expect(positionsOf(text, n), text).toEqual(['副县长@尔吉县']);
    }
  });
  it('an autonomous county\'s one-character name after a mark, in a body\'s name (、依/d 洛 + 藏族自治县人民医院)', () => {
    for (const n of ['次仁多吉', '龙海燕']) {
      const text = `随后，院长阿的伍呷分别与尔吉县人民医院院长罗娟、依洛藏族自治县人民医院院长${n}签约。`;
      expect(positionsOf(text, n), text).toEqual(['院长@依洛藏族自治县人民医院']);
    }
  });
});

describe('a company whose name begins with two characters jieba cut apart', () => {
  it('溪/n 城/n + 精工机械集团有限公司 is one company, its chairman its post', () => {
    for (const co of ['溪城精工机械集团有限公司', '岚坪精工机械集团有限公司']) for (const n of NAMES) {
      const text = `仪式上，副县长王刚分别与${co}董事长${n}签订投资协议。`;
      expect(positionsOf(text, n), text).toEqual([`董事长@${co}`]);
    }
  });
});

describe('bodies as the graph names them', () => {
  it('a city\'s or county\'s body written after its province drops the province', () => {
    for (const [prov, city] of [['江苏省', '瀚州市'], ['广西壮族自治区', '那岜县'], ['四川省', '索玛彝族自治州']]) for (const n of NAMES) {
      const text = `7月30日，${prov}${city}委副书记${n}率队考察。`;
      expect(positionsOf(text, n), text).toEqual([`副书记@${city}委`]);
    }
    expect(positionsOf('7月30日，江苏省委书记王刚出席。', '王刚')).toEqual(['书记@江苏省委']);
  });
  it('an autonomous county\'s committee written with its level twice is named once', () => {
    for (const n of NAMES) expect(positionsOf(`6月19日，沙坝苗族自治县县委副书记、县长${n}到县人民医院调研。`, n)).toContain('副书记@沙坝苗族自治县委');
  });
  it('culture and tourism bureaus, and headquarters written short, are bodies with their posts', () => {
    for (const body of ['文化广电和旅游局', '文体广电旅游局', '文化广电新闻出版旅游局']) for (const n of NAMES) {
      expect(positionsOf(`5月20日，渤州市召开会议。渤州市${body}局长${n}讲话。`, n)).toEqual([`局长@渤州市${body}`]);
    }
    for (const n of NAMES) {
      const text = `6月17日，潆水县召开防汛会商会。县委常委、常务副县长、县防指常务副指挥长${n}出席。`;
      expect(positionsOf(text, n), text).toEqual(expect.arrayContaining(['常务副指挥长@潆水县防指', '常务副县长@潆水县', '常委@潆水县委']));
    }
  });
});

describe('party sittings and posts written short', () => {
  it('主持召开党委会 is a meeting; 某镇党委会议 stays the body\'s 会议', () => {
    for (const n of NAMES) {
      const held = meetingsOf(`8月29日下午，某某职业技术学院党委书记${n}主持召开党委会，研究部署工作。`);
      expect(held.map((m) => m.name.endsWith('党委会'))).toEqual([true]);
      const town = meetingsOf(`7月2日上午，镇党委书记${n}主持召开镇党委会议，研究工作。`);
      expect(town.map((m) => m.name.endsWith('党委会议'))).toEqual([true]);
    }
  });
  it('a bare 党委副书记 takes the party body named for an earlier post', () => {
    for (const [a, b] of [['宁致远', '黄河'], ['欧阳靖川', '文静']]) {
      const text = `8月29日，索玛职业技术学院党委书记${a}主持召开党委会。院长海来阿支，党委副书记${b}出席会议。`;
      expect(positionsOf(text, b), text).toEqual(['副书记@索玛职业技术学院党委']);
    }
  });
});

describe('events told with a visit', () => {
  it('并召开座谈会 after a visit is the meeting its people speak at', () => {
    for (const [a, b] of [['麻光耀', '杨再兴'], ['欧阳靖川', '田野']]) {
      const text = `6月19日，县长${a}到县人民医院调研，并召开座谈会。座谈会上，县卫生健康局局长${b}汇报了工作情况。`;
      expect(rolesIn(text, b, '2025-06-20'), text).toEqual(['座谈会:SPOKE']);
    }
  });
  it('参加相关活动 attends every event reported before; 举行了 + 甲与乙 + 签约仪式 is held', () => {
    for (const [host, guest, x] of [['韩立峰', '夏侯敏', '江山'], ['欧阳靖川', '司徒敏', '田野']]) {
      const text = `7月30日，州委书记${host}会见了蜀都医科大学校长${guest}一行。会见后，举行了州人民政府与蜀都医科大学战略合作协议签约仪式。州政府秘书长${x}参加相关活动。`;
      const held = meetingsOf(text);
      expect(held.map((m) => m.name), text).toContain('州人民政府与蜀都医科大学战略合作协议签约仪式');
      expect(held.every((m) => m.attendees.some((a) => a.person === x)), text).toBe(true);
      expect(held.some((m) => m.name.includes('相关')), text).toBe(false);
    }
  });
  it('a headline\'s parts stand apart: its reception and its talks are the body\'s, on the body\'s day', () => {
    for (const [h1, h2, g] of [['韩立峰', '吉克伍各', '夏侯敏'], ['欧阳靖川', '叶青山', '司徒敏']]) {
      const title = `州政府与某大学签署合作协议　${h1}会见${g}一行　${h2}与${g}会谈`;
      const text = `7月30日，州委书记${h1}会见了某大学校长${g}一行。当天，州长${h2}与${g}一行举行工作会谈。`;
      const held = meetingsOf(text, '2025-07-31', title);
      expect(held.length, text).toBe(2);
      expect(held.map((m) => m.startDate)).toEqual(['2025-07-30', '2025-07-30']);
    }
  });
});

describe('names', () => {
  it('a Uyghur syllable pair jieba reads as a verb stays in the dotted name', () => {
    for (const n of ['古丽娜尔·阿不都热合曼', '热依拉·阿不都热合曼']) expect(personsOf(`县交通运输局局长${n}、县教育局副局长孙海燕分别汇报了工作。`)).toContain(n);
  });
  it('a Tibetan name whose first part jieba cut into grammar (才/d 让/v), after a post', () => {
    for (const n of ['才让东知', '才让多知']) expect(personsOf(`县委常委李晓东，县文联主席${n}出席。`)).toContain(n);
  });
  it('Dai and Yi surnames', () => {
    for (const n of ['刀美玲', '刀建明']) expect(personsOf(`开幕式由市文联党组书记、副主席${n}主持。`)).toContain(n);
  });
  it('a whole name of its people\'s table holds what it transcribes (其木格 after a post)', () => {
    for (const n of ['其木格', '其其格']) expect(personsOf(`旗委副书记、旗长${n}出席。`)).toContain(n);
  });
  it('籍 never ends a given name', () => {
    expect(personsOf('宁川籍作家宁远出席。')).not.toContain('宁川籍');
  });
});

describe('a roll of winners and what follows it', () => {
  it('a labelled list line is a paragraph of its own; winners listed are no attendees; 发表获奖感言 is a speech', () => {
    for (const [a, b, c] of [['钟离晓', '岳明川', '皇甫立新'], ['田野', '文静', '欧阳敏']]) {
      const text = `1月31日晚，第三届“凤鸣文学奖”颁奖典礼在洛阴市大剧院举行。市委副书记申立军出席。\n中短篇小说奖：《渡口》（${a}）、《夜班车》（${b}）\n典礼上，获奖作者代表${c}发表获奖感言。`;
      const held = meetingsOf(text, '2025-02-01');
      expect(held.map((m) => m.name), text).toEqual(['第三届“凤鸣文学奖”颁奖典礼']);
      const roles = Object.fromEntries((held[0]?.attendees ?? []).map((x) => [x.person, x.roles.join('+')]));
      expect(roles, text).toEqual({ 申立军: 'ATTENDED', [c]: 'SPOKE' });
    }
  });
});

describe('the region of a newsroom named without its level', () => {
  it('某某融媒讯 and 我县: the county', () => {
    for (const [room, n] of [['桐岭', '欧阳晓峰'], ['槎溪', '田野']]) {
      const text = `${room}融媒讯（融媒体记者 龚雪）6月17日晚，县防汛抗旱指挥部召开会商会。县委副书记、县长${n}主持会议。预计我县将出现暴雨。`;
      expect(positionsOf(text, n, '2024-06-18'), text).toContain(`县长@${room}县`);
    }
  });
  it('a banner read short after a dash (额/n 尔/nr 敦/ns 旗) is the one named in full elsewhere', () => {
    for (const [banner, n] of [['额尔敦旗', '邵明轩'], ['乌兰敖旗', '田野']]) {
      const text = `8月5日，沧澜市—${banner}东西部协作高层联席会议在${banner}召开。沧澜市挂职干部、旗委常委、副旗长${n}汇报了工作情况。`;
      expect(positionsOf(text, n, '2024-08-06'), text).toEqual(expect.arrayContaining([`副旗长@${banner}`, `常委@${banner}委`]));
    }
  });
  it('an autonomous prefecture named short and in full is one region', () => {
    const text = '3月5日，索玛彝族自治州人民政府召开常务会议。州委常委、常务副州长阿苏拉则出席。索玛州将加快发展。';
    expect(positionsOf(text, '阿苏拉则')).toContain('常务副州长@索玛彝族自治州');
  });
});
