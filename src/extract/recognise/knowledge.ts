// Everything the recognisers know, built once per process from dictionaries/ (tries and maps; never per
// sentence). Built lazily on first use so that importing a recogniser costs nothing.
import { loadTsv } from '../../lexicon/load-tsv.js';
import { SuffixTrie, Trie } from '../../lexicon/trie.js';
import { loadGivenNameScores, type GivenScore } from './given-name-scores.js';

export interface TitleInfo {
  title: string;
  kind: string;
}

export interface PlaceInfo {
  /** canonical (full) name */
  name: string;
  kind: string;
  /** true for a short form (青岛 for 青岛市): reported only in good contexts */
  short: boolean;
}

export interface Knowledge {
  /** single and compound surnames; value: 'common' | 'rare' */
  surnames: Trie<string>;
  /** positional log-ratios of a character's use in given names against its use in other text */
  given: Map<string, GivenScore>;
  titles: Trie<TitleInfo>;
  /** titles matched backwards, to find a title that ends just before a name */
  titlesBack: SuffixTrie<TitleInfo>;
  /** words that follow a person name (主持, 表示, 说 …); value: role */
  verbsAfter: Trie<string>;
  orgSuffixes: SuffixTrie<string>;
  companySuffixes: SuffixTrie<string>;
  places: Trie<PlaceInfo>;
  placeSuffixes: Trie<string>;
  orgAliases: Trie<{ canonical: string; kind: string }>;
}

let built: Knowledge | undefined;

/** The recognisers' knowledge, built on first call. */
export function knowledge(): Knowledge {
  built ??= buildKnowledge();
  return built;
}

function buildKnowledge(): Knowledge {
  const surnames = new Trie<string>(loadTsv('surnames.tsv', { columns: ['surname', 'class'] }).map((r) => [r.surname, r.class] as const));
  const titleRows = loadTsv('titles.tsv', { columns: ['title', 'kind', 'rank'] }).map((r) => [r.title, { title: r.title, kind: r.kind }] as const);
  const verbs = loadTsv('person-verbs.tsv', { columns: ['verb', 'role', 'note'], optional: ['note'] });
  const verbsAfter = new Trie<string>(verbs.filter((r) => !r.note.startsWith('before')).map((r) => [r.verb, r.role] as const));
  const orgSuffixes = new SuffixTrie<string>(loadTsv('org-suffixes.tsv', { columns: ['suffix', 'kind'] }).map((r) => [r.suffix, r.kind] as const));
  const companySuffixes = new SuffixTrie<string>(
    loadTsv('company-suffixes.tsv', { columns: ['suffix', 'kind'] }).map((r) => [r.suffix, r.kind] as const),
  );
  return {
    surnames,
    given: loadGivenNameScores(),
    titles: new Trie(titleRows),
    titlesBack: new SuffixTrie(titleRows),
    verbsAfter,
    orgSuffixes,
    companySuffixes,
    places: buildPlaces(),
    placeSuffixes: new Trie(loadTsv('place-suffixes.tsv', { columns: ['suffix', 'kind'] }).map((r) => [r.suffix, r.kind] as const)),
    orgAliases: new Trie(
      loadTsv('org-aliases.tsv', { columns: ['alias', 'canonical', 'kind'] }).map((r) => [r.alias, { canonical: r.canonical, kind: r.kind }] as const),
    ),
  };
}

/** Gazetteer full names (and short forms, flagged) — a full name beats a short form of the same spelling. */
function buildPlaces(): Trie<PlaceInfo> {
  const rows = loadTsv('gazetteer.tsv', { columns: ['name', 'short', 'kind', 'code', 'parent'], optional: ['short', 'parent'], key: ['code'] });
  const prefer = (old: PlaceInfo, added: PlaceInfo): PlaceInfo => (old.short && !added.short ? added : old);
  const places = new Trie<PlaceInfo>([], { merge: prefer });
  for (const r of rows) {
    places.add(r.name, { name: r.name, kind: r.kind, short: false });
    if (r.short && r.short.length >= 2) places.add(r.short, { name: r.name, kind: r.kind, short: true });
  }
  const countries = loadTsv('countries.tsv', { columns: ['name', 'kind', 'short', 'canonical'], optional: ['short', 'canonical'] });
  for (const r of countries) places.add(r.name, { name: r.canonical || r.name, kind: r.kind, short: false });
  return places;
}
