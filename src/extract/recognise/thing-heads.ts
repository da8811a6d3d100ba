// dictionaries/thing-heads.tsv: characters that end the names of things (许可证, 吉普车), loaded once.
import { loadTsv } from '../../lexicon/load-tsv.js';

let heads: ReadonlySet<string> | undefined;

export function thingHeads(): ReadonlySet<string> {
  heads ??= new Set(loadTsv('thing-heads.tsv', { columns: ['char'] }).map((r) => r.char));
  return heads;
}
