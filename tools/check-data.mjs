#!/usr/bin/env node
// npm run check:data — validates every dictionaries/*.tsv (UTF-8 without BOM, NFC, header line,
// column count, required fields, duplicates, known kinds) and that the generated files are current.
// Prints `dictionaries/x.tsv:LINE: problem` lines on stderr and exits 1 when anything is wrong.
// (Plain JS so that it runs without a build; src/lexicon/load-tsv.ts applies the same rules at load.)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateGazetteer } from './build-gazetteer.mjs';
import { generateNameStats } from './build-name-stats.mjs';
// the closed lists of kinds and roles, as the loader checks them (src/lexicon/types.ts; built by npm install)
import { PERSON_VERB_ROLES, TITLE_KINDS } from '../dist/lexicon/types.js';

const DEFAULT_DIR = fileURLToPath(new URL('../dictionaries/', import.meta.url));
const oneOf = (...words) => (v) => words.includes(v) || `must be one of ${words.join('|')}`;
const integer = (v) => /^-?\d+$/.test(v) || 'must be an integer';
const number = (v) => Number.isFinite(Number(v)) || 'must be a number';
const oneChar = (v) => [...v].length === 1 || 'must be one character';
const han = (v) => /^[\u3400-\u9fff\uf900-\ufaff（）·]+$/u.test(v) || 'must be Chinese characters';

/** file → columns, optional columns, uniqueness key, per-column checks. */
const SPECS = {
  'surnames.tsv': { columns: ['surname', 'class'], checks: { surname: han, class: oneOf('common', 'rare') } },
  'titles.tsv': {
    columns: ['title', 'kind', 'rank'],
    checks: {
      title: han, rank: integer,
      kind: oneOf(...TITLE_KINDS),
    },
  },
  'person-verbs.tsv': {
    columns: ['verb', 'role', 'note'], optional: ['note'],
    checks: { role: oneOf(...PERSON_VERB_ROLES) },
  },
  'org-suffixes.tsv': { columns: ['suffix', 'kind'] },
  'company-suffixes.tsv': { columns: ['suffix', 'kind'], checks: { kind: oneOf('legal', 'group', 'sector', 'branch', 'factory') } },
  'org-aliases.tsv': { columns: ['alias', 'canonical', 'kind'] },
  'meeting-kinds.tsv': { columns: ['suffix', 'kind'] },
  'place-suffixes.tsv': { columns: ['suffix', 'kind'] },
  'countries.tsv': {
    columns: ['name', 'kind', 'short', 'canonical'], optional: ['short', 'canonical'],
    checks: { kind: oneOf('country', 'continent', 'region', 'city') },
  },
  'geography.tsv': {
    columns: ['name', 'kind'],
    checks: { name: han, kind: oneOf('river', 'lake', 'mountain', 'sea', 'landform', 'region', 'former-country', 'celestial', 'landmark') },
  },
  'place-shape.tsv': {
    columns: ['piece', 'role'], key: ['piece', 'role'],
    checks: { piece: han, role: oneOf('end', 'generic-head', 'direction', 'translit-end', 'before', 'after', 'generic-stem') },
  },
  'gazetteer.tsv': {
    columns: ['name', 'short', 'kind', 'code', 'parent'], optional: ['short', 'parent'], key: ['code'],
    checks: { code: (v) => /^\d{2,12}$/.test(v) || 'must be 2–12 digits' },
  },
  'name-chars.tsv': {
    columns: ['char', 'given1', 'given2', 'single', 'other', 'score'],
    checks: { char: oneChar, given1: integer, given2: integer, single: integer, other: integer, score: number },
  },
  'translit-chars.tsv': { columns: ['char'], checks: { char: oneChar } },
  // read by src/extract/recognise/person-score.ts
  'person-cues.tsv': {
    columns: ['cue', 'side', 'weight'], key: ['cue', 'side'],
    checks: { side: oneOf('before', 'after'), weight: number },
  },
  'place-abbreviations.tsv': { columns: ['abbr', 'name'], key: ['abbr', 'name'], checks: { abbr: oneChar } },
  'place-stopwords.tsv': { columns: ['word'] },
  'abbreviation-words.tsv': { columns: ['word', 'abbr'], checks: { word: han, abbr: han } },
  'org-stopwords.tsv': { columns: ['word', 'scope'], checks: { scope: oneOf('tail', 'tail-not-nt', 'word') } },
  // read by src/extract/recognise/match-report.ts
  'match-words.tsv': { columns: ['word'] },
  // read by src/extract/recognise/person-japanese.ts
  'japanese-surnames.tsv': { columns: ['surname'], checks: { surname: han } },
  // read by src/extract/recognise/thing-heads.ts (things jieba tags as names: 许可证, 吉普车)
  'thing-heads.tsv': { columns: ['char'], checks: { char: oneChar } },
  // read by src/text/credits.ts
  'credit-roles.tsv': { columns: ['word', 'kind'], checks: { kind: oneOf('role', 'trailer') } },
  // read by src/extract/recognise/person-slot.ts (names of minority peoples written without a dot)
  'minority-name-parts.tsv': { columns: ['part', 'people'], checks: { part: han, people: oneOf('tibetan', 'mongolian', 'yi') } },
  // read by src/extract/recognise/party-sides.ts (承建方, 投资方: sides of a deal, no part of a company's name)
  'party-sides.tsv': { columns: ['word'] },
  // read by src/extract/recognise/name-followers.ts (what may follow a name in its slot)
  'name-followers.tsv': { columns: ['follower', 'kind'], checks: { kind: oneOf('mark', 'word', 'join', 'prep', 'adverb', 'weak') } },
};

const GENERATED = { 'gazetteer.tsv': generateGazetteer, 'name-chars.tsv': generateNameStats };

/** Returns the problems of one file's text as `file:line: problem` strings. */
export function checkTsv(name, text, spec) {
  const file = `dictionaries/${name}`;
  const problems = [];
  const say = (line, problem) => problems.push(`${file}:${line}: ${problem}`);
  if (text.charCodeAt(0) === 0xfeff) say(1, 'byte order mark');
  const seen = new Map();
  const key = spec.key ?? [spec.columns[0]];
  const rows = [];
  let header = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const n = i + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    if (line.normalize('NFC') !== line) say(n, 'not in Unicode NFC form');
    const cells = line.split('\t');
    if (!header) {
      header = true;
      if (line !== spec.columns.join('\t')) say(n, `header must be "${spec.columns.join('\\t')}"`);
      return;
    }
    if (cells.length !== spec.columns.length) return say(n, `expected ${spec.columns.length} columns, found ${cells.length}`);
    spec.columns.forEach((c, j) => {
      const v = cells[j];
      if (v !== v.trim()) say(n, `column "${c}" has surrounding spaces`);
      if (v === '') { if (!spec.optional?.includes(c)) say(n, `column "${c}" is empty`); return; }
      const verdict = spec.checks?.[c]?.(v);
      if (typeof verdict === 'string') say(n, `column "${c}" ${verdict}: "${v}"`);
    });
    const k = key.map((c) => cells[spec.columns.indexOf(c)]).join('\t');
    if (seen.has(k)) say(n, `duplicate entry "${k}" (first on line ${seen.get(k)})`);
    else seen.set(k, n);
    rows.push({ cells, line: n });
  });
  if (!header) problems.push(`${file}: no header line`);
  CROSS[name]?.(rows, say);
  return problems;
}

/** Checks across rows of one file (after the per-row checks). */
const CROSS = {
  'org-aliases.tsv': (rows, say) => {
    const aliases = new Set(rows.map((r) => r.cells[0]));
    for (const r of rows) if (!aliases.has(r.cells[1])) say(r.line, `canonical "${r.cells[1]}" has no row of its own`);
  },
  'countries.tsv': (rows, say) => {
    const names = new Set(rows.map((r) => r.cells[0]));
    for (const r of rows) if (r.cells[3] && !names.has(r.cells[3])) say(r.line, `canonical "${r.cells[3]}" has no row of its own`);
  },
};

function genericSpec(text) {
  const header = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const columns = header.replace(/\r$/, '').split('\t');
  return { columns, optional: columns.slice(1), key: columns };
}

// `--dir D` checks another folder (tests); its files are still named dictionaries/x.tsv in messages.
function main(argv) {
  const at = argv.indexOf('--dir');
  const DIR = at >= 0 ? argv[at + 1] : DEFAULT_DIR;
  const problems = [];
  const files = readdirSync(DIR).filter((f) => f.endsWith('.tsv')).sort();
  for (const name of files) {
    const spec = SPECS[name];
    const text = readFileSync(join(DIR, name), 'utf8');
    if (!spec) {
      // A file this script does not know yet: check its shape against its own header line.
      problems.push(...checkTsv(name, text, genericSpec(text)));
      process.stderr.write(`check:data: dictionaries/${name} has no specification here; checked against its own header\n`);
      continue;
    }
    problems.push(...checkTsv(name, text, spec));
    const generate = GENERATED[name];
    if (generate && generate() !== text) {
      problems.push(`dictionaries/${name}: out of date; run npm run build:${name === 'gazetteer.tsv' ? 'gazetteer' : 'name-stats'}`);
    }
  }
  if (DIR === DEFAULT_DIR) {
    for (const name of Object.keys(SPECS)) if (!files.includes(name)) problems.push(`dictionaries/${name}: missing`);
  }
  for (const p of problems) process.stderr.write(p + '\n');
  process.stderr.write(`check:data: ${files.length} files, ${problems.length} problem(s)\n`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
