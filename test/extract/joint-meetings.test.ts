// A joint meeting (某某会议暨某某大会) held by a body, a county or a company is one meeting named by both parts, reported,
// with its chair; the first part is no meeting of its own, and no name holds the verb that holds it (召开). Fictional
// counties, bodies and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const HOLDERS = ['青禾县', '县委', '县政府', '青禾县城投集团', '县财政局', '柘源县人民医院'];
const JOINTS: [first: string, second: string][] = [
  ['2026年全县经济工作会议', '优化营商环境大会'], ['2026年度工作会议', '职工代表大会'], ['全县安全生产工作会议', '消防工作推进会'],
  ['党风廉政建设工作会议', '警示教育大会'],
];
const CHAIRS = ['邬立新', '欧阳晨曦', '高峰'];

describe('joint meetings', () => {
  it(`${HOLDERS.length} holders × ${JOINTS.length} joint meetings × ${CHAIRS.length} chairs`, () => {
    const wrong: string[] = [];
    for (const holder of HOLDERS) for (const [first, second] of JOINTS) for (const chair of CHAIRS) {
      const text = `本报讯 3月5日，${holder}召开${first}暨${second}，县委书记${chair}主持会议。`;
      const r = extractRecord({ id: 't', text, date: '2026-03-06' });
      const names = r.meetings.map((m) => `${m.name}${m.reported ? '' : '(referred)'}`);
      const joint = r.meetings.find((m) => m.name.endsWith(`${first}暨${second}`));
      const ok = r.meetings.length === 1 && joint?.reported === true && joint.attendees.map((a) => a.person).join() === chair &&
        !joint.name.includes('召开');
      if (!ok) wrong.push(`${text}\n  ${names.join(' | ')}`);
    }
    expect(wrong.join('\n')).toBe('');
  });
});
