// Loading the small word lists into typed WordTables. Each loader validates values beyond the
// TSV shape (known kinds, integer ranks) and throws a DictionaryError naming file and line.
import { DictionaryError, loadTsv, DICTIONARY_DIR } from './load-tsv.js';
import type { TsvRow } from './load-tsv.js';
import { SuffixTrie, Trie } from './trie.js';
import type {
  CountryEntry, GeographyEntry, NameCharStats, OrgAliasEntry, PersonVerbEntry, PersonVerbRole, SuffixEntry,
  SurnameEntry, TitleEntry, TitleKind, WordTable,
} from './types.js';
import { PERSON_VERB_ROLES, TITLE_KINDS } from './types.js';

/** The dictionary files, by the Lexicon field they feed. */
export const DICTIONARY_FILES = {
  surnames: 'surnames.tsv',
  titles: 'titles.tsv',
  personVerbs: 'person-verbs.tsv',
  orgSuffixes: 'org-suffixes.tsv',
  companySuffixes: 'company-suffixes.tsv',
  orgAliases: 'org-aliases.tsv',
  meetingKinds: 'meeting-kinds.tsv',
  placeSuffixes: 'place-suffixes.tsv',
  countries: 'countries.tsv',
  geography: 'geography.tsv',
  gazetteer: 'gazetteer.tsv',
  nameChars: 'name-chars.tsv',
  translitChars: 'translit-chars.tsv',
} as const;

/** `dictionaries/titles.tsv:14` — where an entry comes from, for explanations. */
export function sourceOf(table: keyof typeof DICTIONARY_FILES, line: number): string {
  return `dictionaries/${DICTIONARY_FILES[table]}:${line}`;
}

const TITLE_KIND_SET: ReadonlySet<string> = new Set<string>(TITLE_KINDS);
const ROLES: ReadonlySet<string> = new Set<string>(PERSON_VERB_ROLES);

/** Builds a WordTable from entries keyed by `word(e)`; its tries are built on first use (most tables need one or none). */
export function toWordTable<E>(entries: readonly E[], word: (e: E) => string): WordTable<E> {
  const pairs = entries.map((e) => [word(e), e] as const);
  let prefix: Trie<E> | undefined;
  let suffix: SuffixTrie<E> | undefined;
  return {
    entries,
    byWord: new Map(pairs),
    get prefix() {
      return (prefix ??= new Trie(pairs));
    },
    get suffix() {
      return (suffix ??= new SuffixTrie(pairs));
    },
  };
}

function check(ok: boolean, file: string, row: { line: number }, problem: string): void {
  if (!ok) throw new DictionaryError(`dictionaries/${file}`, row.line, problem);
}

export function loadSurnames(dir = DICTIONARY_DIR): WordTable<SurnameEntry> {
  const file = DICTIONARY_FILES.surnames;
  const rows = loadTsv(file, { columns: ['surname', 'class'] }, dir);
  return toWordTable(rows.map((r) => {
    check(r.class === 'common' || r.class === 'rare', file, r, `class must be common or rare, found "${r.class}"`);
    check(r.surname.length <= 2, file, r, `surname "${r.surname}" is longer than two characters`);
    return { surname: r.surname, common: r.class === 'common', compound: r.surname.length === 2, line: r.line };
  }), (e) => e.surname);
}

export function loadTitles(dir = DICTIONARY_DIR): WordTable<TitleEntry> {
  const file = DICTIONARY_FILES.titles;
  const rows = loadTsv(file, { columns: ['title', 'kind', 'rank'] }, dir);
  return toWordTable(rows.map((r) => {
    check(TITLE_KIND_SET.has(r.kind), file, r, `unknown kind "${r.kind}"`);
    check(/^\d{1,2}$/.test(r.rank), file, r, `rank must be a small integer, found "${r.rank}"`);
    const deputy = r.title.includes('副'); // 副区长, 区委副书记, 常务副主任 …
    return { title: r.title, kind: r.kind as TitleKind, rank: Number(r.rank), deputy, line: r.line };
  }), (e) => e.title);
}

export function loadPersonVerbs(dir = DICTIONARY_DIR): WordTable<PersonVerbEntry> {
  const file = DICTIONARY_FILES.personVerbs;
  const rows = loadTsv(file, { columns: ['verb', 'role', 'note'], optional: ['note'] }, dir);
  return toWordTable(rows.map((r) => {
    check(ROLES.has(r.role), file, r, `unknown role "${r.role}"`);
    return { verb: r.verb, role: r.role as PersonVerbRole, note: r.note, line: r.line };
  }), (e) => e.verb);
}

/** org-suffixes, company-suffixes, meeting-kinds, place-suffixes: `suffix  kind`. */
export function loadSuffixes(
  table: 'orgSuffixes' | 'companySuffixes' | 'meetingKinds' | 'placeSuffixes', dir = DICTIONARY_DIR,
): WordTable<SuffixEntry> {
  const rows = loadTsv(DICTIONARY_FILES[table], { columns: ['suffix', 'kind'] }, dir);
  return toWordTable(rows.map((r) => ({ suffix: r.suffix, kind: r.kind, line: r.line })), (e) => e.suffix);
}

export function loadOrgAliases(dir = DICTIONARY_DIR): WordTable<OrgAliasEntry> {
  const rows = loadTsv(DICTIONARY_FILES.orgAliases, { columns: ['alias', 'canonical', 'kind'] }, dir);
  return toWordTable(rows.map((r) => ({ alias: r.alias, canonical: r.canonical, kind: r.kind, line: r.line })), (e) => e.alias);
}

export function loadCountries(dir = DICTIONARY_DIR): WordTable<CountryEntry> {
  const rows = loadTsv(DICTIONARY_FILES.countries, {
    columns: ['name', 'kind', 'short', 'canonical'], optional: ['short', 'canonical'],
  }, dir);
  return toWordTable(rows.map((r) => ({
    name: r.name, kind: r.kind, short: r.short, canonical: r.canonical || r.name, line: r.line,
  })), (e) => e.name);
}

export function loadGeography(dir = DICTIONARY_DIR): WordTable<GeographyEntry> {
  const rows = loadTsv(DICTIONARY_FILES.geography, { columns: ['name', 'kind'] }, dir);
  return toWordTable(rows.map((r) => ({ name: r.name, kind: r.kind, line: r.line })), (e) => e.name);
}

export function loadNameChars(dir = DICTIONARY_DIR): Map<string, NameCharStats> {
  const file = DICTIONARY_FILES.nameChars;
  const rows = loadTsv(file, { columns: ['char', 'given1', 'given2', 'single', 'other', 'score'] }, dir);
  type C = 'char' | 'given1' | 'given2' | 'single' | 'other' | 'score';
  const num = (r: TsvRow<C>, c: C): number => {
    const n = Number(r[c]);
    check(Number.isFinite(n), file, r, `column "${c}" is not a number: "${r[c]}"`);
    return n;
  };
  return new Map(rows.map((r) => [r.char, {
    given1: num(r, 'given1'), given2: num(r, 'given2'), single: num(r, 'single'), other: num(r, 'other'), score: num(r, 'score'),
  }]));
}

export function loadTranslitChars(dir = DICTIONARY_DIR): Set<string> {
  const rows = loadTsv(DICTIONARY_FILES.translitChars, { columns: ['char'] }, dir);
  return new Set(rows.map((r) => r.char));
}
