// The entry types of the dictionaries. Every entry keeps its 1-based `line` in its file, so a
// recogniser can say why it matched (`dictionaries/titles.tsv:14`, see `sourceOf`).
import type { SuffixTrie, Trie } from './trie.js';

export interface SurnameEntry {
  surname: string;
  /** one of the ~120 most frequent surnames (or a well-known compound one) */
  common: boolean;
  /** two characters (欧阳, 司马 …) */
  compound: boolean;
  line: number;
}

/** The kinds of titles.tsv (also checked by tools/check-data.mjs, which reads this list from dist/). */
export const TITLE_KINDS = [
  'party', 'government', 'legislature', 'judiciary', 'enterprise', 'institution', 'media', 'military', 'academic',
] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

export interface TitleEntry {
  title: string;
  kind: TitleKind;
  /** protocol weight: higher = more senior */
  rank: number;
  /** a deputy post (副书记, 副区长 …) */
  deputy: boolean;
  line: number;
}

/** What a word next to a person says the person did (ARCHITECTURE.md role table): person-verbs.tsv's roles. */
export const PERSON_VERB_ROLES = [
  'PRESIDED', 'SPOKE', 'ATTENDED', 'VIDEO_SPEECH', 'TOOK_PART', 'STATE', 'HOST', 'GUEST', 'VISIT', 'NONE',
] as const;
export type PersonVerbRole = (typeof PERSON_VERB_ROLES)[number];

export interface PersonVerbEntry {
  verb: string;
  role: PersonVerbRole;
  /** after | before | either, then a free comment */
  note: string;
  line: number;
}

/** A row of org-suffixes, company-suffixes, meeting-kinds or place-suffixes. */
export interface SuffixEntry {
  suffix: string;
  kind: string;
  line: number;
}

export interface OrgAliasEntry {
  alias: string;
  canonical: string;
  kind: string;
  line: number;
}

/** geography.tsv: rivers, mountains, seas, landforms, regions, former countries, celestial bodies, landmarks */
export interface GeographyEntry {
  name: string;
  kind: string;
  line: number;
}

export interface CountryEntry {
  name: string;
  /** country | continent | region | city */
  kind: string;
  /** abbreviation used in compounds (美 in 中美), '' if none */
  short: string;
  /** the usual name when this row is another name of it, else the row's own name */
  canonical: string;
  line: number;
}

export interface GazetteerEntry {
  name: string;
  /** the name without its administrative suffix ('' when that would leave < 2 characters) */
  short: string;
  /** province | municipality | autonomous-region | city | district | county | town | township | street | zone … */
  kind: string;
  /** national division code (2, 4, 6 or 9 digits) */
  code: string;
  /** the parent division's code, '' for provinces */
  parent: string;
  line: number;
}

export interface NameCharStats {
  /** first character of two-character given names (name types) */
  given1: number;
  /** second character of two-character given names */
  given2: number;
  /** one-character given names */
  single: number;
  /** frequency-weighted occurrences in words that are not names */
  other: number;
  /** ln P(char | given name) − ln P(char | other words); > 0 favours a name */
  score: number;
}

/** One word list, looked up exactly, by prefix (words starting at i) and by suffix (words ending at i). */
export interface WordTable<E> {
  entries: readonly E[];
  byWord: ReadonlyMap<string, E>;
  /** built on first use */
  readonly prefix: Trie<E>;
  /** built on first use */
  readonly suffix: SuffixTrie<E>;
}

/** A gazetteer hit: the entry and whether the full name or the short form matched. */
export interface GazetteerHit {
  entry: GazetteerEntry;
  form: 'name' | 'short';
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  /** full name → every division with that name (城关镇 names many towns) */
  byName: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** short form → divisions */
  byShort: ReadonlyMap<string, readonly GazetteerEntry[]>;
  byCode: ReadonlyMap<string, GazetteerEntry>;
  /** the division's parent entry, if any */
  parentOf(entry: GazetteerEntry): GazetteerEntry | undefined;
  /** names and short forms → hits; built on first use */
  readonly trie: Trie<readonly GazetteerHit[]>;
  /** names and short forms ending at a position → hits; built on first use */
  readonly suffixTrie: SuffixTrie<readonly GazetteerHit[]>;
}

export interface Lexicon {
  /** single and compound surnames */
  surnames: WordTable<SurnameEntry>;
  /** the two-character surnames, for quick listing */
  compoundSurnames: readonly string[];
  titles: WordTable<TitleEntry>;
  personVerbs: WordTable<PersonVerbEntry>;
  orgSuffixes: WordTable<SuffixEntry>;
  companySuffixes: WordTable<SuffixEntry>;
  /** alias (and canonical name) → canonical name and kind */
  orgAliases: WordTable<OrgAliasEntry>;
  meetingKinds: WordTable<SuffixEntry>;
  placeSuffixes: WordTable<SuffixEntry>;
  /** countries, world regions, world cities (by name; the one-character abbreviations are not keys) */
  countries: WordTable<CountryEntry>;
  geography: WordTable<GeographyEntry>;
  /** loaded on first access (about 50 ms) */
  readonly gazetteer: Gazetteer;
  nameChars: ReadonlyMap<string, NameCharStats>;
  translitChars: ReadonlySet<string>;
}
