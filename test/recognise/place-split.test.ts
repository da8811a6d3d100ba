// Unknown counties and districts whose names jieba cuts apart (src/extract/recognise/place-split.ts). Fictional
// places, sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const places = (text: string): string[] => extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'place').map((e) => e.name);
const orgs = (text: string): string[] => extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'organization').map((e) => e.name);

describe('a two-character name + its level, cut apart by jieba', () => {
  it('words of jieba\'s ending in a town level stay words (镇乡, 古镇, 湘乡)', () => {
    expect(places('要统筹推进罗镇乡村振兴。').filter((p) => p.endsWith('镇乡'))).toEqual([]);
    expect(places('游客去古镇游玩。')).not.toContain('去古镇');
  });
  it.each([
    ['今天上午，雉山县召开森林防灭火工作调度会。', '雉山县'],
    ['日前，绛北县文旅产业发展推进会召开。', '绛北县'],
    ['昨日，岗则县干部培训班开班。', '岗则县'],
    // 州 + level is a city's name end whatever jieba tags 州市 (澄/州市)
    ['3月18日上午，澄州市汐港新材料产业园二期项目举行开工仪式。', '澄州市'],
    // a character jieba does not know alone (溆/g) binds to a known place word after it (东区)
    ['昨日上午，溆东区智能装备产业园二期项目举行开工仪式。', '溆东区'],
    // …and so does one before an unknown word of a character and a level (峄/g 川县/x), or a place character that
    // abbreviates no province before a known county (岫/ns 宁县)
    ['决定任命田耕为峄川县副县长。', '峄川县'],
    ['岫宁县召开会议。', '岫宁县'],
    // a character jieba reads as a bound morpheme (zg) before an unknown word of a character and a level
    ['昨天下午，崧阳区创建全国文明城市动员大会召开。', '崧阳区'],
    // a town too, in an unknown word after a bound character (溆/g 东镇/x)
    ['9月20日，全县乡村振兴推进会在溆东镇召开。', '溆东镇'],
    // an unknown word jieba glued across a preposition (会在岚峰/x + 乡): the name starts after 在
    ['9月20日，全县乡村振兴推进会在岚峰乡召开。', '岚峰乡'],
  ])('%s → %s', (text, name) => {
    expect(places(text)).toContain(name);
  });
  it('a body named after such a place keeps the whole name', () => {
    expect(orgs('区长主持召开鸣沙区政府常务会议。')).toContain('鸣沙区政府');
  });
  it('no place in words that end in a level (上市, 全县, 各乡镇) or a prefix before a known place', () => {
    expect(places('公司新上市的产品供不应求。')).toEqual([]);
    expect(places('全县各乡镇要抓好落实。')).not.toContain('全县');
    expect(orgs('原眉县中医医院院长讲话。')).toEqual(['眉县中医医院']);
  });
  it('a zone the gazetteer knows by common words is no place at the end of a longer name (某某 + 新材料产业园)', () => {
    expect(places('3月18日上午，澄州市汐港新材料产业园二期项目举行开工仪式。')).toEqual(['澄州市']);
  });
});

describe('a bare region post goes to the place of its level the article names', () => {
  it('a county paper\'s 市长 is the mayor of the city it names, its 县长 the county\'s', () => {
    const r = extractRecord({ id: 't', text: '6月14日，淮岭市防汛工作视频会议召开，市长屠建勋出席会议并讲话。淮岭市各区县设分会场。芦河县县长孟庆和在芦河县分会场参加会议。' });
    const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
    expect(posts).toEqual(expect.arrayContaining(['屠建勋|市长|淮岭市', '孟庆和|县长|芦河县']));
  });
  it('常务副县长 and 代区长 keep their level', () => {
    const r = extractRecord({ id: 't', text: '泗桥县召开会议。常务副县长晏卫东主持，代县长孟庆和讲话。' });
    expect(r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`)).toEqual(['晏卫东|常务副县长|泗桥县', '孟庆和|代县长|泗桥县']);
  });
});
