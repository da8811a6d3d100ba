// Long inputs (issue 13): an article of megabytes without a paragraph break, one without any punctuation, and a
// page of a few hundred thousand lines. Whatever their length, they extract without error, every mention points
// into the original text, and nothing depends on where the article was cut: an article made of N copies of one
// block of sentences finds, at every copy, exactly what the block finds on its own (the recognisers and relation
// finders see the whole article, so any look-up that went wrong with its length, or a sentence cut that lost a
// name, would show as a difference). No timings here: those are bench/lengths.mjs's (npm run bench).
import { describe, expect, it } from 'vitest';
import { CAST, longArticle } from '../../bench/long-article.mjs';
import { extractPage } from '../../src/extract/page.js';
import type { ArticleRecord } from '../../src/extract/record.js';

/** Every mention of a record as "type|name|start|end|text", its offsets moved by `shift`. */
function mentions(r: ArticleRecord, shift = 0): string[] {
  // the rule is left out: when two rules find the same span, which one is credited may depend on the other finds of
  // the article (resolve-overlaps.ts ranks them alike); the span, type, canonical name and surface must not
  return r.entities.flatMap((e) => e.mentions.map((m) => `${e.type}|${e.name}|${m.start + shift}|${m.end + shift}|${m.text}`));
}

function only(text: string): ArticleRecord {
  const records = extractPage(text, { source: 'article.txt' });
  expect(records).toHaveLength(1);
  return records[0] as ArticleRecord;
}

/** The mentions of `copies` copies of `block` against those of the block alone, moved to each copy. */
function compareCopies(block: string, copies: number): { whole: ArticleRecord; part: ArticleRecord; found: string[]; expected: string[] } {
  const whole = only(block.repeat(copies));
  const part = only(block);
  const expected = Array.from({ length: copies }, (_, k) => mentions(part, k * block.length)).flat().sort();
  return { whole, part, found: mentions(whole).sort(), expected };
}

describe('one long article', () => {
  it('of megabytes: no error, offsets into the original, the finds of its sentences taken in small pieces', () => {
    // a block of the cast's sentences and of reports with people of their own, 60 times: 1.2M characters, 3.6 MB
    const block = longArticle({ chars: 20_000, seed: 7 }).text;
    const { whole, part, found, expected } = compareCopies(block, 60);
    const text = block.repeat(60);
    expect(text.length).toBeGreaterThan(1_200_000);
    expect(found.length).toBeGreaterThan(50_000);
    expect(found).toEqual(expected);
    for (const e of whole.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // the cast is there under its own names, on every copy
    for (const { name } of Object.values(CAST)) {
      const person = whole.entities.find((e) => e.type === 'person' && e.name === name);
      expect(person?.mentions.length, name).toBe(60 * (part.entities.find((e) => e.type === 'person' && e.name === name)?.mentions.length ?? -1));
    }
    // relations: the same posts and the same meetings as the block
    const posts = (r: ArticleRecord): string[] => [...new Set(r.positions.map((p) => `${p.person}|${p.title}|${p.organization}|${p.rule}`))].sort();
    const meetings = (r: ArticleRecord): string[] => [...new Set(r.meetings.map((m) => `${m.name}|${m.kind}|${m.reported}`))].sort();
    expect(posts(whole)).toEqual(posts(part));
    expect(meetings(whole)).toEqual(meetings(part));
    expect(whole.span).toEqual({ start: 0, end: text.length });
  });

  it('without any punctuation: cut into pieces and tagged in windows, it loses no mention', () => {
    // one "sentence" of 920 characters is left whole in the block; 450 copies make one of 414k characters, tagged
    // by jieba in windows and cut into pieces of at most 1,000 characters at places that owe nothing to the copies
    const block = longArticle({ chars: 900, seed: 7, shape: 'unpunctuated' }).text;
    expect(block).not.toMatch(/[，。、；：！？\s]/);
    const { whole, found, expected } = compareCopies(block, 450);
    expect(found.length).toBeGreaterThan(30_000);
    expect(found).toEqual(expected);
    const text = block.repeat(450);
    for (const e of whole.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const m of whole.meetings) expect(m.evidence.end - m.evidence.start).toBeLessThanOrEqual(1000);
  });

  it('of 200,000 lines (once "Maximum call stack size exceeded"): one article spanning them all', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? '栖梧县' : '召开会议')).join('\n');
    const r = only(text);
    expect(r.span).toEqual({ start: 0, end: text.length });
    const place = r.entities.find((e) => e.type === 'place' && e.name === '栖梧县');
    expect(place?.mentions.length).toBeGreaterThan(0);
    for (const m of place?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe('栖梧县');
  });
});
