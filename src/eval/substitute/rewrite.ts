// Rewrites one input (a --jsonl record or a page) and its golden output by the same substitutions: names and
// places by the plan (plan.ts), dates by a shift (dates.ts). Offsets of the golden output move with the text.
import type { ArticleRecord } from '../../extract/record.js';
import { applyEdits, type Edit, type Rewritten } from './edits.js';
import { shiftDatesInText, shiftIsoDate, type DateShift } from './dates.js';
import type { Substitution } from './plan.js';

const GAP = '[ \\t\\u3000\\r\\n]*';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The edits that replace every occurrence of each surface in an original text, also where a line break,
 * indentation or letter-spacing stands between its characters (the break is kept after the same character).
 */
export function surfaceEdits(text: string, map: ReadonlyMap<string, string>): Edit[] {
  if (map.size === 0) return [];
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map((k) => [...k].map(escape).join(GAP)).join('|'), 'g');
  const edits: Edit[] = [];
  for (const m of text.matchAll(re)) {
    const found = m[0];
    const bare = found.replace(/[ \t\u3000\r\n]/g, '');
    const to = map.get(bare);
    if (to === undefined) continue;
    edits.push({ start: m.index, end: m.index + found.length, text: keepGaps(found, to) });
  }
  return edits;
}

/**
 * The new surface with the whitespace runs of the old one after the same number of characters: a line's wrap
 * always, a padding space (a two-character name set in three characters' width, 钟　晓) only where the new name has
 * the old one's length (papers pad two-character names alone: 叶　舟 becomes 薛红星, not 薛　红星).
 */
function keepGaps(old: string, to: string): string {
  if (!/[ \t\u3000\r\n]/.test(old)) return to;
  let out = '';
  let k = 0;
  const chars = [...to];
  const sameLength = chars.length === [...old.replace(/[ \t\u3000\r\n]/g, '')].length;
  for (const c of old) {
    if (/[ \t\u3000\r\n]/.test(c)) { if (k > 0 && k < chars.length && (sameLength || c === '\n' || c === '\r')) out += c; continue; }
    if (k < chars.length) out += chars[k++];
  }
  return out + chars.slice(k).join('');
}

/** Edits that move every written date of a text by the shift. */
export function dateEdits(text: string, shift: DateShift): Edit[] {
  const edits: Edit[] = [];
  const re = /[0-9０-９〇零一二三四五六七八九十]+[年月日号][0-9０-９〇零一二三四五六七八九十年月日号]*/g;
  for (const m of text.matchAll(re)) {
    const to = shiftDatesInText(m[0], shift);
    if (to !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: to });
  }
  return edits;
}

export interface TextRewrite {
  text: string;
  map: Rewritten;
}

/** The original text with the surfaces (originals and simplified forms) and dates replaced. */
export function rewriteText(text: string, subs: readonly Substitution[], shift: DateShift): TextRewrite {
  const surfaces = new Map<string, string>();
  for (const s of subs) {
    surfaces.set(s.from, s.to);
    for (const o of s.originals) surfaces.set(o, s.to);
  }
  const names = surfaceEdits(text, surfaces);
  const dates = dateEdits(text, shift).filter((d) => !names.some((n) => n.start < d.end && d.start < n.end));
  const map = applyEdits(text, [...names, ...dates]);
  return { text: map.text, map };
}

/** A string of the golden output (a name, a sentence, a headline) with the same substitutions. */
export function stringRewriter(subs: readonly Substitution[], shift: DateShift): (s: string) => string {
  const map = new Map<string, string>();
  for (const s of subs) map.set(s.from, s.to);
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const re = keys.length ? new RegExp(keys.map(escape).join('|'), 'g') : null;
  return (s) => shiftDatesInText(re ? s.replace(re, (m) => map.get(m) as string) : s, shift);
}

const ISO_KEYS = new Set(['date', 'startDate', 'endDate']);
const KEEP_KEYS = new Set(['id', 'source', 'rule', 'type', 'kind', 'hash', 'field', 'roles']);

/**
 * The golden records rewritten: strings by the rewriter, ISO dates and years by the shift, every {start, end}
 * moved by the text's map (or the title's, for mentions with field 'title'). Returns a reason instead when an
 * offset falls inside a replaced surface (the plan should have kept that name).
 */
export function rewriteRecords(records: readonly ArticleRecord[], body: Rewritten, title: Rewritten | null,
  rewrite: (s: string) => string, shift: DateShift, dropAliases: ReadonlySet<string>): ArticleRecord[] | string {
  let problem: string | null = null;
  const walk = (v: unknown, key: string, inTitle: boolean): unknown => {
    if (typeof v === 'string') return KEEP_KEYS.has(key) ? v : ISO_KEYS.has(key) ? shiftIsoDate(v, shift) : rewrite(v);
    if (typeof v === 'number') return key === 'year' ? v + shift.years : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key, inTitle));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const t = inTitle || o.field === 'title';
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) out[k] = walk(x, k, t);
      if (typeof o.start === 'number' && typeof o.end === 'number') {
        const m = t ? title : body;
        const s = m ? m.at(o.start) : o.start;
        const e = m ? (o.end > o.start ? m.at(o.end) : s) : o.end;
        if (s === undefined || e === undefined) problem ??= `offset ${o.start}-${o.end} lies inside a replaced surface`;
        out.start = s;
        out.end = e;
      }
      if (Array.isArray(out.aliases)) {
        const name = out.name;
        out.aliases = [...new Set((out.aliases as string[]).filter((a) => a !== name && !dropAliases.has(a)))];
      }
      return out;
    }
    return v;
  };
  const out = records.map((r) => walk(r, '', false) as ArticleRecord);
  return problem ?? out;
}
