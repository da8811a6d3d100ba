// Everything the recognisers know, built once per process from the shared lexicon (getLexicon) plus the
// recognisers' own cue list: tries and maps, never rebuilt per sentence. Built on first use.
import { getLexicon } from '../../lexicon/index.js';
import type { Lexicon, NameCharStats, TitleEntry } from '../../lexicon/index.js';
import { loadTsv } from '../../lexicon/load-tsv.js';
import { SuffixTrie, Trie, type PrefixMatcher } from '../../lexicon/trie.js';
import { buildPlaces, placeTrie } from './place-trie.js';
import { charTable } from './char-table.js';

export interface PlaceInfo {
  /** canonical (full) name */
  name: string;
  kind: string;
  /** true for a short form (青岛 for 青岛市): reported only in good contexts */
  short: boolean;
}

export interface GivenScore {
  first: number;
  second: number;
  single: number;
}

export interface Knowledge {
  lexicon: Lexicon;
  /** single and compound surnames; value: 'common' | 'rare' */
  surnames: Trie<string>;
  /** positional log-ratios of a character's use in given names against its use in other text */
  given: Map<string, GivenScore>;
  /** the same scores indexed by UTF-16 unit (characters of one unit), for look-ups without making strings */
  givenByUnit: (GivenScore | undefined)[];
  titles: Trie<TitleEntry>;
  /** titles matched backwards, to find a title that ends just before a name */
  titlesBack: SuffixTrie<TitleEntry>;
  /** words that follow a person name (主持, 表示, 说 …); value: role */
  verbsAfter: Trie<string>;
  orgSuffixes: SuffixTrie<string>;
  companySuffixes: SuffixTrie<string>;
  places: PrefixMatcher<PlaceInfo>;
  placeSuffixes: Trie<string>;
  orgAliases: Trie<{ canonical: string; kind: string }>;
  translit: ReadonlySet<string>;
  /** the same characters as a table by UTF-16 unit (char-table.ts): a test without making a string */
  translitByUnit: Uint8Array;
  /** dictionaries/org-stopwords.tsv: words ending in a body suffix that name no body; value: tail | tail-not-nt | word */
  orgStops: ReadonlyMap<string, string>;
}

/** A place the gazetteer knows by its full name (not a short form) begins at `at` (原平市, 原阳县: no mark 原 there). */
export function fullPlaceAt(k: Knowledge, text: string, at: number, end = text.length): boolean {
  const known = k.places.longestMatchAt(text, at, end);
  return known !== null && !known.value.short;
}

let built: Knowledge | undefined;

/** The recognisers' knowledge, built on first call. */
export function knowledge(): Knowledge {
  if (!built) {
    const lx = getLexicon();
    built = buildKnowledge(lx, placeTrie(lx)); // the package's dictionaries: their snapshot when it is current
  }
  return built;
}

export function buildKnowledge(lx: Lexicon, places: PrefixMatcher<PlaceInfo> = buildPlaces(lx)): Knowledge {
  const suffixes = (rows: readonly { suffix: string; kind: string }[]): SuffixTrie<string> =>
    new SuffixTrie(rows.map((r) => [r.suffix, r.kind] as const));
  const given = givenScores(lx.nameChars);
  const givenByUnit = new Array<GivenScore | undefined>(0x10000).fill(undefined);
  for (const [ch, g] of given) if (ch.length === 1) givenByUnit[ch.charCodeAt(0)] = g;
  return {
    lexicon: lx,
    surnames: new Trie<string>(lx.surnames.entries.map((e) => [e.surname, e.common ? 'common' : 'rare'] as const)),
    given,
    givenByUnit,
    titles: lx.titles.prefix,
    titlesBack: lx.titles.suffix,
    verbsAfter: new Trie<string>(lx.personVerbs.entries.filter((e) => !e.note.startsWith('before')).map((e) => [e.verb, e.role] as const)),
    orgSuffixes: suffixes(lx.orgSuffixes.entries),
    companySuffixes: suffixes(lx.companySuffixes.entries),
    places,
    placeSuffixes: new Trie(lx.placeSuffixes.entries.map((r) => [r.suffix, r.kind] as const)),
    orgAliases: new Trie(lx.orgAliases.entries.map((r) => [r.alias, { canonical: r.canonical, kind: r.kind }] as const)),
    translit: lx.translitChars,
    translitByUnit: charTable(lx.translitChars),
    orgStops: new Map(loadTsv('org-stopwords.tsv', { columns: ['word', 'scope'] }).map((r) => [r.word, r.scope] as const)),
  };
}

/**
 * Positional log-ratios from the name-character counts (natural log, add-half smoothing). A one-character given
 * name draws on the same characters as two-character ones (伟, 军, 明), and jieba's two-character nr words are
 * mostly ordinary words (温馨, 雷雨): the single-name score counts every given-name position.
 */
function givenScores(stats: ReadonlyMap<string, NameCharStats>): Map<string, GivenScore> {
  const total = { given1: 0, given2: 0, single: 0, other: 0 };
  for (const s of stats.values()) {
    total.given1 += s.given1;
    total.given2 += s.given2;
    total.single += s.single;
    total.other += s.other;
  }
  const ratio = (n: number, t: number, other: number): number => Math.log((n + 0.5) / t) - Math.log((other + 1) / total.other);
  const out = new Map<string, GivenScore>();
  for (const [ch, s] of stats) {
    out.set(ch, { first: ratio(s.given1, total.given1, s.other), second: ratio(s.given2, total.given2, s.other), single: ratio(s.single + s.given2, total.single + total.given2, s.other) });
  }
  return out;
}
