// The places the recognisers know (the gazetteer's full names and short forms, countries, world places) as one
// prefix trie. Built from the TSV files, or read from the snapshot `npm run build` writes (dist/snapshot/
// places.bin, scripts/build-snapshot.mjs): the gazetteer's ~43k lines are then neither parsed nor made into
// trie nodes when a process starts. The snapshot's key is the hash of the three files and PLACES_FORMAT.
import { FlatTrie, flattenTrie } from '../../lexicon/flat-trie.js';
import type { Lexicon } from '../../lexicon/index.js';
import { readSnapshot, snapshotKey, writeSnapshot, type SnapshotParts } from '../../lexicon/snapshot.js';
import { DICTIONARY_FILES } from '../../lexicon/tables.js';
import { Trie, type PrefixMatcher } from '../../lexicon/trie.js';
import type { PlaceInfo } from './knowledge.js';

export const PLACES_SNAPSHOT = 'places.bin';
/** Raise it when buildPlaces changes what it stores: older snapshots are then ignored. */
const PLACES_FORMAT = 1;
const PLACE_FILES = [DICTIONARY_FILES.gazetteer, DICTIONARY_FILES.countries, DICTIONARY_FILES.geography];

/** Gazetteer full names and short forms (flagged), countries and world places; a full name beats a short form. */
export function buildPlaces(lx: Lexicon): Trie<PlaceInfo> {
  const prefer = (old: PlaceInfo, added: PlaceInfo): PlaceInfo => (old.short && !added.short ? added : old);
  const places = new Trie<PlaceInfo>([], { merge: prefer });
  for (const e of lx.gazetteer.entries) {
    places.add(e.name, { name: e.name, kind: e.kind, short: false });
    if (e.short.length >= 2) places.add(e.short, { name: e.name, kind: e.kind, short: true });
  }
  for (const c of lx.countries.entries) places.add(c.name, { name: c.canonical || c.name, kind: c.kind, short: false });
  for (const g of lx.geography.entries) places.add(g.name, { name: g.name, kind: g.kind, short: false });
  return places;
}

/** The snapshot's parts: the flat trie, and each value as indexes into one table of strings. */
export function encodePlaces(trie: Trie<PlaceInfo>): SnapshotParts {
  const { arrays, values } = flattenTrie(trie.rootNode);
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const names = new Int32Array(values.length);
  const kinds = new Int32Array(values.length);
  const short = new Uint8Array(values.length);
  values.forEach((v, i) => { names[i] = id(v.name); kinds[i] = id(v.kind); short[i] = v.short ? 1 : 0; });
  return { ...arrays, names, kinds, short, strings: strings.join('\n') };
}

/** encodePlaces undone; each value is made on its first look-up, then kept. */
export function decodePlaces(parts: SnapshotParts): FlatTrie<PlaceInfo> {
  const strings = (parts.strings as string).split('\n');
  const names = parts.names as Int32Array;
  const kinds = parts.kinds as Int32Array;
  const short = parts.short as Uint8Array;
  const made: (PlaceInfo | undefined)[] = new Array<PlaceInfo | undefined>(names.length);
  const arrays = {
    firstEdge: parts.firstEdge as Int32Array, labels: parts.labels as Uint16Array,
    targets: parts.targets as Int32Array, valueIndex: parts.valueIndex as Int32Array,
  };
  return new FlatTrie(arrays, (i) => (made[i] ??= {
    name: strings[names[i] as number] as string, kind: strings[kinds[i] as number] as string, short: short[i] === 1,
  }));
}

/** The places of the package's dictionaries: the snapshot when it matches them, else built from `lx`. */
export function placeTrie(lx: Lexicon): PrefixMatcher<PlaceInfo> {
  const parts = readSnapshot(PLACES_SNAPSHOT, snapshotKey(PLACE_FILES, PLACES_FORMAT));
  return parts ? decodePlaces(parts) : buildPlaces(lx);
}

/** Writes the snapshot of the package's dictionaries (scripts/build-snapshot.mjs); returns its path. */
export function writePlacesSnapshot(lx: Lexicon): string {
  return writeSnapshot(PLACES_SNAPSHOT, snapshotKey(PLACE_FILES, PLACES_FORMAT), encodePlaces(buildPlaces(lx)));
}
