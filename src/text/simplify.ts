// Traditional → simplified Chinese, keeping every offset: the output has the SAME length in UTF-16 code
// units as the input, so the offset map of this step is the identity.
//
// Data: opencc-js's t2s dictionaries (CJK compatibility ideographs, then traditional → simplified
// phrases and characters), applied stage by stage with longest-match tries. The Taiwan and Hong Kong
// variant tables are left out on purpose: they fold characters that simplified text uses too
// (著 → 着 would turn 显著 into 显着, 么 → 幺), and the character table covers their variants already.
// A phrase replacement is used only when it has the length of what it replaces; otherwise that
// position falls back to the single-character table, and a character whose replacement has another
// length (a BMP character whose simplified form lies outside the BMP) is left as it is.
// The tries are built on first use: importing this module costs nothing but parsing the data.
import { Locale, Trie } from 'opencc-js/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/t2cn';
import { getLexicon } from '../lexicon/lexicon.js';

interface Stage {
  /** longest-match phrases and characters */
  trie: Trie;
  /** single code point → same-length replacement */
  chars: Map<string, string>;
}

let stages: Stage[] | null = null;

/** Simplified form of `text`, same length (UTF-16 code units), same positions. */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  let out = text;
  for (const stage of converterStages()) out = applyStage(stage, out);
  return out;
}

/** Simplified form of a short piece of text, converted only when a character of it is one the tables change (a
 * line's first characters, read on every line of a page: most are simplified already). */
export function simplifiedHead(text: string): string {
  const changes = changedUnits();
  for (let i = 0; i < text.length; i++) if (changes[text.charCodeAt(i)] === 1) return toSimplified(text);
  return text;
}

/**
 * Cheap test: does converting change a noticeable share of the Han characters (at least 2 and 2%)?
 * Looks at the first 2000 code units only. Use it to skip conversion for simplified text.
 */
export function isLikelyTraditional(text: string): boolean {
  const sample = text.slice(0, 2000);
  const changes = changedUnits();
  let han = 0;
  let changed = 0;
  // characters the character tables change (phrases need not be tried to see that a text is traditional)
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (!isHanUnit(c)) continue;
    han++;
    changed += changes[c] as number;
  }
  return changed >= 2 && changed >= han * 0.02;
}

let changedTable: Uint8Array | null = null;

/**
 * 1 for every UTF-16 unit that some stage's character table maps to another character (no tries built), except
 * the surnames simplified text writes in their traditional form too (麴, 乾, 於): a page naming 麴某 twice is
 * no traditional page.
 */
function changedUnits(): Uint8Array {
  if (changedTable !== null) return changedTable;
  const table = new Uint8Array(0x10000);
  for (const group of stageGroups()) {
    for (const [from, to] of charTable(group)) if (from.length === 1 && to !== from) table[from.charCodeAt(0)] = 1;
  }
  for (const e of getLexicon().surnames.entries) if (e.surname.length === 1) table[e.surname.charCodeAt(0)] = 0;
  changedTable = table;
  return table;
}

/**
 * Offsets where the conversion of `before` to `after` (toSimplified, same length) changed a surname that simplified
 * text writes as it is too (於 → 于, 麴 → 曲: surnames.tsv holds 於 and 麴 beside 于 and 曲). Where a person's name
 * starts there, the surname is the person's own (於荣 is no 于荣), and extraction puts it back.
 */
export function changedSurnamesAt(before: string, after: string): Map<number, string> {
  const kept = keptSurnameUnits();
  const out = new Map<number, string>();
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (kept[c] === 1 && after.charCodeAt(i) !== c) out.set(i, before[i] as string);
  }
  return out;
}

let keptTable: Uint8Array | null = null;

/** 1 for every single-character surname of surnames.tsv that a stage's character table changes (於, 麴). */
function keptSurnameUnits(): Uint8Array {
  if (keptTable !== null) return keptTable;
  const table = new Uint8Array(0x10000);
  const changes = new Set<string>();
  for (const group of stageGroups()) {
    for (const [from, to] of charTable(group)) if (from.length === 1 && to !== from) changes.add(from);
  }
  for (const e of getLexicon().surnames.entries) if (e.surname.length === 1 && changes.has(e.surname)) table[e.surname.charCodeAt(0)] = 1;
  keptTable = table;
  return table;
}

function applyStage(stage: Stage, s: string): string {
  const parts: string[] = [];
  let i = 0;
  let from = 0;
  while (i < s.length) {
    const m = stage.trie.matchPrefix(s, i);
    if (m !== null && m.value.length === m.end - i) {
      if (m.value !== s.slice(i, m.end)) {
        parts.push(s.slice(from, i), m.value);
        from = m.end;
      }
      i = m.end;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i) as number);
    const rep = stage.chars.get(ch);
    if (rep !== undefined && rep !== ch) {
      parts.push(s.slice(from, i), rep);
      from = i + ch.length;
    }
    i += ch.length;
  }
  if (from === 0) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

function converterStages(): Stage[] {
  if (stages === null) stages = buildStages();
  return stages;
}

function buildStages(): Stage[] {
  return stageGroups().map(buildStage);
}

function stageGroups(): DictGroup[] {
  const cfg = Locale.configs as unknown as Record<string, { normalizationChain?: DictGroup[]; conversionChain: DictGroup[] }>;
  const t2s = cfg['t2s'];
  if (t2s === undefined) throw new Error('simplify: opencc-js has no t2s preset');
  return [...(t2s.normalizationChain ?? []), ...t2s.conversionChain];
}

function buildStage(group: DictGroup): Stage {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return { trie, chars: charTable(group) };
}

/** Single code point → same-length replacement of one stage. */
function charTable(group: DictGroup): Map<string, string> {
  const chars = new Map<string, string>();
  // earlier dictionaries in a group win (opencc loads them in reverse); mirror that here
  for (const dict of [...group].reverse()) {
    for (const [from, to] of entries(dict)) {
      if (from.length === [...from][0]?.length && to.length === from.length) chars.set(from, to);
    }
  }
  return chars;
}

function entries(dict: DictLike): Array<readonly [string, string]> {
  if (typeof dict !== 'string') return dict.map((pair: readonly [string, string]) => pair);
  if (dict === '') return [];
  return dict.split('|').map((line) => {
    const [a = '', b = ''] = line.split(' ');
    return [a, b] as const;
  });
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanUnit(text.charCodeAt(i))) return true;
  return false;
}

/** CJK ideographs (BMP blocks, compatibility block) and surrogates (astral ideographs). */
function isHanUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff);
}
