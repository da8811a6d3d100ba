// Places read in their slots (src/extract/recognise/place-slot.ts): twenty fictional names, each with nine levels,
// where a meeting is held (在…召开), where a leader goes (到…调研) and before the place's own body at a clause's
// start (…党委书记). jieba cuts such names every way (澄/水区, 白石/岭村, 葫芦/峪/镇); 147 of these 540 sentences
// lost the place before, and a meeting held in a 街道 or 社区 had no place (the street office was read instead).
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const STEMS = ['澄水', '白石岭', '葫芦峪', '岚峰', '鹭湖', '青禾', '石门坎', '杏花', '柳林', '双河', '金沙', '黑水', '马鞍', '龙泉', '桃源', '云杉', '雁鸣', '凤凰', '枫岭', '七星'];
const LEVELS = ['县', '区', '镇', '乡', '村', '街道', '社区', '新区', '开发区'];
const places = STEMS.flatMap((stem) => LEVELS.map((level) => stem + level));

const named = (text: string): string[] =>
  extractRecord({ id: 't', text, date: '2026-03-10' }).entities.filter((e) => e.type === 'place' || e.type === 'organization').map((e) => e.name);

describe('a place in its slot, whatever its name', () => {
  it.each(places)('会议在%s召开: the meeting\'s place', (place) => {
    const record = extractRecord({ id: 't', text: `3月5日，全县春耕生产现场推进会在${place}召开。`, date: '2026-03-10' });
    expect(record.meetings.map((m) => m.place)).toEqual([place]);
  });
  it.each(places)('到%s调研: a place', (place) => {
    expect(named(`县委书记邝明远到${place}调研乡村振兴工作。`)).toContain(place);
  });
  it.each(places)('%s党委书记: the body begins with the place', (place) => {
    expect(named(`${place}党委书记邝明远主持会议。`).some((n) => n.startsWith(place))).toBe(true);
  });
});

describe('what no slot makes a place', () => {
  it.each([
    ['县委书记到贫困村调研。', '贫困村'],
    ['县委书记到重点镇调研。', '重点镇'],
    ['该公司股票将在北美上市。', '北美上市'],
    ['全力推进农村改革。', '推进农村'],
    ['在不同地区的发展水平很不平衡。', '不同地区'],
    ['资金投向城市核心区。', '城市核心区'],
    ['项目落户经济开发区，带动就业。', '济开发区'],
    ['，审议汶溪县政协常委会工作报告。', '审议汶溪县'],
    ['会议由县政协主席主持。', '会议由县'],
  ])('%s', (text, wrong) => {
    expect(named(text)).not.toContain(wrong);
  });
});
