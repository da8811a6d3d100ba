// dictionaries/party-sides.tsv: words naming a side of a deal before the body that plays it (承建方, 投资方, 甲方),
// loaded once. A company's name never runs back over one.
import { loadTsv } from '../../lexicon/load-tsv.js';

let sides: ReadonlySet<string> | undefined;

export function partySides(): ReadonlySet<string> {
  sides ??= new Set(loadTsv('party-sides.tsv', { columns: ['word'] }).map((r) => r.word));
  return sides;
}
