// Two divisions in a row at a clause's start before a meeting (青禾县柘湾镇召开…): both are places, whatever jieba
// made of the names (青禾/x 县柘湾/x 镇, 鹭/ng 湖市/x 澄江/ns 区); a common word before them (现任/n) makes no division.
// Fictional counties and towns × levels × meetings.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const OUTER = ['青禾县', '柘源县', '鹭湖市', '白石县', '查干淖旗'];
const INNER = ['柘湾镇', '桃花乡', '澄江区', '杏林街道', '石门坎镇'];

describe('a division and a division inside it before a meeting', () => {
  it(`${OUTER.length} × ${INNER.length} pairs`, () => {
    const wrong: string[] = [];
    for (const outer of OUTER) for (const inner of INNER) {
      if (outer.endsWith('县') && inner.endsWith('区')) continue; // (a county holds no district)
      const text = `本报讯 3月5日，${outer}${inner}召开2026年安全生产工作会议。邬立新主持会议。`;
      const r = extractRecord({ id: 't', text, date: '2026-03-06' });
      const places = r.entities.filter((e) => e.type === 'place').map((e) => e.name);
      const m = r.meetings[0];
      if (!places.includes(outer) || !places.includes(inner) || m?.organizer !== inner) wrong.push(`${text}\n  places ${places.join(' ')} organizer ${m?.organizer}`);
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('a common word at the clause start is no division (现任 + 某县某镇党委)', () => {
    const text = '邬立新，男，1979年8月生，现任青禾县柘湾镇党委副书记、镇长。';
    const r = extractRecord({ id: 't', text, date: '2026-03-06' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toContain('青禾县柘湾镇党委');
  });
});
