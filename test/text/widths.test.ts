import { describe, expect, it } from 'vitest';
import { normaliseWidths } from '../../src/text/widths.js';

describe('normaliseWidths', () => {
  it.each([
    ['１９９７年１２月３日', '1997年12月3日'],
    ['ＡＢＣ科技有限公司', 'ABC科技有限公司'],
    ['（记者　林晓东）', '(记者 林晓东)'],
    ['增长１２．５％', '增长12.5%'],
    ['会议强调，要推进发展。', '会议强调，要推进发展。'],
    ['是否？是！一、二；三：四', '是否？是！一、二；三：四'],
    ['“营商环境”《青禾日报》', '“营商环境”《青禾日报》'],
    ['a\u00a0b\u2003c\u202fd', 'a b c d'],
    ['３～５人', '3~5人'],
    ['', ''],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    const out = normaliseWidths(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('returns the same string when nothing changes', () => {
    const text = '区委书记周明远出席会议。';
    expect(normaliseWidths(text)).toBe(text);
  });
});
