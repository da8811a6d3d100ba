// dictionaries/person-cues.tsv as matchers: cues ending right before a name, cues starting right after it.
import { loadTsv } from '../../lexicon/load-tsv.js';
import { SuffixTrie, Trie } from '../../lexicon/trie.js';
import { DictionaryError } from '../../lexicon/load-tsv.js';

export interface Cues {
  before: SuffixTrie<number>;
  after: Trie<number>;
  /** the largest weight of an after cue, 0 when none is positive: a bound for person-score.ts */
  afterCeiling: number;
}

let built: Cues | undefined;

export function personCues(): Cues {
  built ??= loadCues();
  return built;
}

function loadCues(): Cues {
  const rows = loadTsv('person-cues.tsv', { columns: ['cue', 'side', 'weight'], key: ['cue', 'side'] });
  const before = new SuffixTrie<number>();
  const after = new Trie<number>();
  let afterCeiling = 0;
  for (const r of rows) {
    const w = Number(r.weight);
    if (!Number.isFinite(w)) throw new DictionaryError('dictionaries/person-cues.tsv', r.line, `weight "${r.weight}" is not a number`);
    if (r.side === 'before') before.add(r.cue, w);
    else if (r.side === 'after') { after.add(r.cue, w); afterCeiling = Math.max(afterCeiling, w); }
    else throw new DictionaryError('dictionaries/person-cues.tsv', r.line, `side must be before or after, found "${r.side}"`);
  }
  return { before, after, afterCeiling };
}
