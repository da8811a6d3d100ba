// Families found on the seventh of December's work: older writers' residues and writers w to z (personnel pages,
// portal formats, traditional-character outlets, a provincial daily), each probed with other names, places and
// dates. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2025-05-12') => extractRecord({ id: 't', text, date });
const posts = (text: string): string[] =>
  record(text).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
const people = (text: string): string[] => record(text).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

describe('figures of speech between quotation marks', () => {
  // jieba's dictionary lists some figures of a surname's shape as names (牛鼻子/nr): quoted with no cue, they are figures
  const FIGURES = ['牛鼻子', '马前卒', '唐僧肉'];
  const FRAMES = [(f: string) => `要把产业发展作为乡村振兴的“${f}”，抓好春季管护。`, (f: string) => `各地要抓住“${f}”不放松。`];
  it(`a figure quoted alone is no person (${FIGURES.length} figures × ${FRAMES.length} frames)`, () => {
    for (const figure of FIGURES) for (const frame of FRAMES) {
      const text = frame(figure);
      expect(people(text), text).toEqual([]);
    }
  });
});

describe('Yi clan names and Kham Tibetan names in a post\'s slot', () => {
  const NAMES = ['罗洪阿果', '吉狄木呷', '曲木阿支', '阿侯日哈', '巴且日伙', '瓦其拉格', '降措', '格绒曲珍', '四郎扎西', '洛绒拉姆'];
  const VILLAGES = ['甘木村', '然巴村', '依撒村'];
  it(`村监委会主任 / 村党支部书记 + the name (${NAMES.length} names × ${VILLAGES.length} villages)`, () => {
    for (const name of NAMES) for (const village of VILLAGES) {
      const text = `会议由${village}党支部书记${name}主持，${village}监委会主任韦立新参加会议。`;
      expect(people(text), text).toEqual([name, '韦立新'].sort());
      expect(posts(text), text).toContain(`${name}|书记|${village}党支部`);
      const two = `${village}监委会主任${name}参加会议。`;
      expect(people(two), two).toEqual([name]);
    }
  });
});

describe('a village\'s body at a clause\'s start', () => {
  // jieba cuts a one-character locative or adverb out of the village's name (上/f 庄村/x, 洛/ns 莫/d 村), glues 由 to it
  // (由然/x 巴村/x), or reads the name's middle as a surname before a post (巴 + 村党支部书记, 党 + 支部书记)
  // (然巴村 after 、 is cut 然/c 巴/ns: a conjunction is grammar at a clause's start, 与上村 is no village)
  const VILLAGES = ['上庄村', '下湾村', '洛莫村', '东坪村'];
  const NAMES = ['俞宝根', '吉伍拉且', '欧阳明德'];
  it(`某村党支部书记 + a name, after a comma, a list mark or 由 (${VILLAGES.length} villages × ${NAMES.length} names)`, () => {
    for (const village of VILLAGES) for (const name of NAMES) {
      for (const text of [`捐赠仪式后，${village}党支部书记、村委会主任${name}代表村里接收。`, `甘木村党支部书记海来日哈、${village}党支部书记${name}先后发言。`, `会议由${village}党支部书记${name}主持。`]) {
        expect(posts(text), text).toContain(`${name}|书记|${village}党支部`);
        expect(people(text).filter((p) => p.length === 1), text).toEqual([]);
      }
    }
    for (const name of NAMES) {
      const text = `会议由然巴村党支部书记${name}主持。`;
      expect(posts(text), text).toContain(`${name}|书记|然巴村党支部`);
    }
  });
});

describe('minutes that open with fields (主持人：甲 / 出席人员：乙、丙 / 列席人员：某局丁 / 请假人员：戊)', () => {
  const meetingsOf = (text: string) => record(text, '2025-04-18').meetings;
  const COUNTIES = ['澜水县', '鹿岭县', '青禾县'];
  const SETS = [['禚海波', '高明', '上官婉清', '水清', '丁香'], ['欧阳明德', '钱进', '吉克阿依', '黎明', '何必成']];
  it(`the meeting of the minutes' title is held that day; each field's people take its role (${COUNTIES.length} counties × ${SETS.length} casts)`, () => {
    for (const county of COUNTIES) for (const [chair, a, b, c, d] of SETS) {
      const text = `${county}人民政府第27次常务会议纪要\n时间：2025年4月16日上午9:00\n地点：县行政中心第一会议室\n主持人：${chair}\n出席人员：${a}、${b}\n请假人员：${c}（带队赴粤招商）\n列席人员：县财政局${d}，杉木乡敖春生\n记录人：闫小禾\n会议议定事项：\n一、会议听取了县财政局关于一季度财政收支情况的汇报。`;
      const m = meetingsOf(text).find((x) => x.name === `${county}人民政府第27次常务会议`);
      expect(m, text).toBeDefined();
      expect(m?.reported).toBe(true);
      expect(m?.startDate).toBe('2025-04-16');
      const roles = Object.fromEntries((m?.attendees ?? []).map((x) => [x.person, x.roles.join('+')]));
      expect(roles, text).toEqual({ [chair]: 'PRESIDED', [a]: 'ATTENDED', [b]: 'ATTENDED', [d]: 'ATTENDED', 敖春生: 'ATTENDED', 闫小禾: 'ATTENDED' });
    }
  });

  it('a field\'s label in running text (会议时间：…, 主持人 in a sentence) opens no list', () => {
    const text = '5月6日，县政协召开主席会议。县政协主席高远航主持会议，副主席钱进出席。会议时间紧、任务重，与会人员表示将抓好落实。';
    const m = meetingsOf(text)[0];
    expect(m?.attendees.map((x) => x.person).sort()).toEqual(['钱进', '高远航'].sort());
  });
});
