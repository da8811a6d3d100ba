// Rules taught by four blind writers of 6 December 2026, afternoon (discipline and audit; farming, water and the
// environment; tours, the united front and party schools; military affairs, veterans and youth), each probed with
// other names, counties and events than theirs. Every person, county and event is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2024-06-15') => extractRecord({ id: 't', text, date });
const rolesOf = (text: string, person: string) =>
  record(text).meetings.flatMap((m) => m.attendees.filter((a) => a.person === person).map((a) => a.roles.join('+')));

const COUNTIES = ['松林县', '柘源县', '鹤汀县'];
const PAIRS = [['李明远', '刘芳'], ['欧阳立', '卓娅'], ['田野', '司徒敏'], ['阿依古丽·热合曼', '沙马日火']];

describe('an act word read inside a word does not hide the act after it', () => {
  it('工作 + 发言: 作发言 is no act, 发言 is', () => {
    for (const c of COUNTIES) for (const [a, b] of PAIRS) for (const how of ['分别结合分管工作发言', '分别就分管工作发言', '结合工作实际发言']) {
      const text = `6月13日，${c}委书记王海主持召开县委常委会会议。常务副县长${a}，副县长${b}${how}。`;
      for (const p of [a, b]) expect(rolesOf(text, p), text).toEqual(['SPOKE']);
    }
  });
});
