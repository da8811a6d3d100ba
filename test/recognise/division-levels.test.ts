// The first sentence of a county paper's meeting report, for every level of division a paper prints: a county, city
// or district; a banner or a league of Inner Mongolia; a prefecture; an autonomous county, prefecture or banner named
// after one or two peoples. The place must be found whatever jieba makes of its name (柳/集市, 石/岗区, 澜/溪州), and
// the bare posts after it (县委书记, 旗长, 州长) must be that place's. Names of places and people are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const STEMS = ['青禾', '澜溪', '白石', '云岭', '松涛', '柳集', '石岗', '鹭湖'];
const PEOPLES = ['彝族', '苗族', '土家族', '回族', '藏族', '蒙古族', '瑶族', '侗族', '哈尼族', '土家族苗族', '苗族侗族', '布依族苗族'];
/** [the level in the name, the level a post is written with (县委书记, 全县), the head's post] */
const LEVELS: [string, string, string][] = [['县', '县', '县长'], ['市', '市', '市长'], ['区', '区', '区长'], ['旗', '旗', '旗长'], ['州', '州', '州长'], ['盟', '盟', '盟长']];
const AUTONOMOUS: [string, string, string][] = [['自治县', '县', '县长'], ['自治州', '州', '州长'], ['自治旗', '旗', '旗长']];

const CASES: [string, string, string][] = [
  ...STEMS.flatMap((s) => LEVELS.map(([level, short, head]) => [s + level, short, head] as [string, string, string])),
  ...STEMS.slice(0, 4).flatMap((s) => PEOPLES.flatMap((p) => AUTONOMOUS.map(([level, short, head]) => [s + p + level, short, head] as [string, string, string]))),
];

/** What is wrong with the report of a meeting the place held, or '' */
function wrongIn(place: string, short: string, head: string): string {
  const text = `3月5日，${place}召开全${short}经济工作会议。${short}委书记韩立松出席会议并讲话，${head}邓雪华主持会议。`;
  const r = extractRecord({ id: 't', text, date: '2026-03-06' });
  const places = r.entities.filter((e) => e.type === 'place').map((e) => e.name);
  const people = r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
  const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization ?? ''}`).sort();
  const attendees = (r.meetings[0]?.attendees ?? []).map((a) => `${a.person}:${[...a.roles].sort().join(',')}`).sort();
  const got = { places: places.includes(place), people, posts, attendees };
  const want = { places: true, people: ['邓雪华', '韩立松'], posts: [`邓雪华|${head}|${place}`, `韩立松|书记|${place}委`], attendees: ['邓雪华:PRESIDED', '韩立松:ATTENDED,SPOKE'] };
  return JSON.stringify(got) === JSON.stringify(want) ? '' : `${text} → ${JSON.stringify(got)}`;
}

describe('a division of every level holds a meeting', () => {
  it(`${CASES.length} places: the place, its posts, the meeting's people`, () => {
    expect(CASES.map(([place, short, head]) => wrongIn(place, short, head)).filter(Boolean)).toEqual([]);
  });
  it('a banner before a meeting of the whole banner is no person (白石旗: 白 is a surname)', () => {
    const r = extractRecord({ id: 't', text: '白石旗召开全旗干部大会。' });
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(r.entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['白石旗']);
  });
  it('an autonomous division before its post or body is named whole (jieba cut its name into peoples and a level)', () => {
    const places = (text: string): string[] => extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places('青禾土家族苗族自治州州长邓雪华出席。')).toEqual(['青禾土家族苗族自治州']);
    expect(places('近日，青禾回族乡组织干部培训。')).toEqual(['青禾回族乡']);
    const r = extractRecord({ id: 't', text: '青禾彝族自治县委书记韩立松主持会议。' });
    expect(r.positions.map((p) => [p.person, p.title, p.organization])).toEqual([['韩立松', '书记', '青禾彝族自治县委']]);
    // …and no word of grammar is taken for its name (全省唯一的 + 彝族自治县)
    expect(places('全省唯一的彝族自治县。')).toEqual(['彝族自治县']);
  });
  it('a shop or a flag holding an event is no division', () => {
    for (const text of ['大超市举办促销活动。', '3月5日，升国旗举行仪式。']) {
      expect(extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'place')).toEqual([]);
    }
  });
  it('a city named without 市 (广州, 洹州) keeps its bodies whole', () => {
    const r = extractRecord({ id: 't', text: '洹州市委书记芮广和出席。洹州市政府召开常务会议。' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['洹州市委', '洹州市政府']);
  });
});
