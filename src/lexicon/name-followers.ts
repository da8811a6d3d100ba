// dictionaries/name-followers.tsv as a matcher: what may follow a person's name in a slot (extract/recognise/person-slot.ts),
// and how surely it ends the name there; the words and adverbs that open a predicate (minority-names.ts asks them too).
import { DictionaryError, loadTsv } from './load-tsv.js';
import { Trie } from './trie.js';

export type FollowerKind = 'mark' | 'word' | 'join' | 'prep' | 'adverb' | 'weak';
const KINDS: ReadonlySet<string> = new Set<FollowerKind>(['mark', 'word', 'join', 'prep', 'adverb', 'weak']);

let built: Trie<FollowerKind> | undefined;

/** The followers, longest match first (等人 before 等). */
export function nameFollowers(): Trie<FollowerKind> {
  if (built) return built;
  const rows = loadTsv('name-followers.tsv', { columns: ['follower', 'kind'], key: ['follower'] });
  for (const r of rows) {
    if (!KINDS.has(r.kind)) throw new DictionaryError('dictionaries/name-followers.tsv', r.line, `unknown kind "${r.kind}"`);
  }
  built = new Trie<FollowerKind>(rows.map((r) => [r.follower, r.kind as FollowerKind] as const));
  return built;
}
