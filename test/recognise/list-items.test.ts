// Items of a list of names joined by 、: an item closed on both sides is one name whatever jieba made of it — a
// given name that is a function word (宋某会 read as 宋某 + 会/v) or a Tibetan name of two parts (顿珠/ns + 桑珠).
// Every name is fictional: common surnames × given characters and Tibetan name parts, in the frames a paper prints.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const people = (text: string): string[] =>
  extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

const SURNAMES = ['宋', '王', '刘', '胡', '郑', '冯', '马', '欧阳'];
/** given characters that jieba reads as function words or verbs on their own (说 after 欧阳 stays a verb: left) */
const GIVEN_ONE = [...'会能要将可在和为是有到让把被给向从对也就都已'];
const GIVEN_TWO = ['柳会', '建会', '秀能', '志要', '立将', '子可', '海在', '文和', '永为', '德有', '国到', '小让'];
const TIBETAN = ['顿珠桑珠', '次仁多吉', '格桑卓玛', '拉姆央金', '尼玛顿珠', '洛桑平措', '索朗旺堆', '扎西德吉'];
const NAMES = [...SURNAMES.flatMap((s) => [...GIVEN_ONE, ...GIVEN_TWO].map((g) => s + g)), ...TIBETAN];

const FRAMES: Array<(name: string) => string> = [
  (m) => `韩立松、${m}、邓雪华等出席会议。`,
  (m) => `出席会议的还有：韩立松、${m}、邓雪华。`,
  (m) => `区领导韩立松、${m}、邓雪华参加活动。`,
  (m) => `县委书记韩立松，县领导${m}、邓雪华出席。`,
  (m) => `韩立松、邓雪华、${m}等领导同志出席会议。`,
];

describe('an item of a list of names is one name', () => {
  it.each(FRAMES.map((f, n) => [n, f] as const))('frame %i, every name', (_n, frame) => {
    const wrong = NAMES.map((m) => [frame(m), m] as const)
      .filter(([text, m]) => {
        const found = people(text);
        return found.length !== 3 || !found.includes(m);
      })
      .map(([text]) => `${text} → ${people(text).join(' ')}`);
    expect(wrong).toEqual([]);
  });
  it('an item that is a place written in full stays a place', () => {
    expect(people('韩立松、邓雪华、青禾县等地代表出席。')).toEqual(['邓雪华', '韩立松']);
  });
});
