// The substitution engine itself: edits and their position map, date shifts, name shapes, and that a rewrite
// of a golden output moves every offset with its text.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/eval/substitute/edits.js';
import { drawShift, shiftDatesInText, shiftIsoDate } from '../../src/eval/substitute/dates.js';
import { drawName, nameOfShape } from '../../src/eval/substitute/names.js';
import { makeRng } from '../../src/eval/substitute/rng.js';
import { surfaceEdits } from '../../src/eval/substitute/rewrite.js';
import { rewriteExample } from '../../src/eval/substitute/substitute.js';
import { extractExample } from '../../src/eval/substitute/example.js';
import { HAN_SHAPES } from '../../src/eval/substitute/name-shapes.js';

describe('applyEdits', () => {
  it('rewrites and maps positions outside the edits', () => {
    const r = applyEdits('县长甲某主持会议', [{ start: 2, end: 4, text: '欧阳明德' }]);
    expect(r.text).toBe('县长欧阳明德主持会议');
    expect([r.at(0), r.at(2), r.at(4), r.at(8)]).toEqual([0, 2, 6, 10]);
    expect(r.at(3)).toBeUndefined();
  });
  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 1, end: 3, text: 'x' }, { start: 2, end: 4, text: 'y' }])).toThrow(/overlapping/);
  });
});

describe('surfaceEdits', () => {
  it('finds a name wrapped over two lines and keeps the break after the same character', () => {
    const text = '县委书记吕承\n安出席会议';
    const [e] = surfaceEdits(text, new Map([['吕承安', '司马青云']]));
    expect(text.slice(e!.start, e!.end)).toBe('吕承\n安');
    expect(e!.text).toBe('司马\n青云');
  });
});

describe('date shifts', () => {
  it('moves written and ISO dates alike, in their own digits', () => {
    const s = { years: -2, months: 1, days: 3 };
    expect(shiftDatesInText('2024年3月8日至9日，１２日', s)).toBe('2022年4月11日至12日，１５日');
    expect(shiftDatesInText('二〇二四年三月八日', s)).toBe('二〇二二年四月十一日');
    expect(shiftIsoDate('2024-03-08', s)).toBe('2022-04-11');
  });
  it('never shifts a day past the month or a bare day across a month end', () => {
    for (let seed = 0; seed < 200; seed++) {
      const s = drawShift(makeRng(seed), ['3月30日，会议召开'], ['2024-04-01']);
      expect(s.days).toBe(0);
      expect(3 + s.months).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('name generator', () => {
  it('draws every shape, and each shape has its form', () => {
    const rng = makeRng(7);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(drawName(rng).shape);
    expect([...seen].sort()).toEqual(HAN_SHAPES.map((s) => s.shape).sort());
    expect(nameOfShape(makeRng(1), 'dotted')).toMatch(/^[\u4e00-\u9fff]+·[\u4e00-\u9fff]+$/);
    expect(nameOfShape(makeRng(1), 'tibetan')).toMatch(/^[\u4e00-\u9fff]{4}$/);
  });
});

describe('rewriteExample', () => {
  it('rewrites the golden output so that every mention still points at its text', () => {
    const input = { kind: 'record' as const, source: 't.jsonl', id: 'a', date: '2024-03-09',
      text: '本报讯（记者 柴立群）3月8日，柳河县召开全县安全生产工作会议。县委书记宓长江出席会议并讲话，县长车明远主持会议。' };
    const golden = [extractExample(input)[0]!];
    for (let seed = 1; seed <= 20; seed++) {
      const { rewritten, expected, subs } = rewriteExample(input, golden, seed);
      expect(typeof expected).not.toBe('string');
      expect(subs.length).toBeGreaterThan(0);
      for (const e of (expected as typeof golden)[0]!.entities) {
        for (const m of e.mentions) expect(rewritten.text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });
});
