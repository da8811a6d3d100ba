// kg eval: extraction quality on the NER corpora in ../shared/tuning (strict spans, per type: P, R, F1).
import { intFlag, parseArgs } from './args.js';
import { findCorpora, TUNING_DIR } from '../eval/corpora.js';
import { evaluateCorpus } from '../eval/run.js';
import { formatReport } from '../eval/score.js';

export const help = `usage: kg eval [--corpus NAME …] [--errors N] [--limit N] [--dir D]

Runs the extraction pipeline (as \`kg extract --jsonl\` does) over each corpus of ../shared/tuning
(<name>.texts.jsonl beside <name>.gold.jsonl) and prints precision, recall and F1 per entity type,
strict spans, with the rules of ../shared/score-ner.mjs.

  --corpus NAME  only this corpus (repeatable); default: all found
  --errors N     also print the first N errors (missed / false mentions) of each corpus
  --limit N      only the first N lines of each corpus
  --dir D        the corpora folder (default ../shared/tuning beside the project)
`;

export async function run(argv: string[]): Promise<number> {
  const { flags } = parseArgs(argv, {
    corpus: { type: 'string', multiple: true }, errors: { type: 'string' }, limit: { type: 'string' }, dir: { type: 'string' },
  });
  const dir = (flags.dir as string | undefined) ?? TUNING_DIR;
  const wanted = new Set((flags.corpus as string[] | undefined) ?? []);
  const corpora = findCorpora(dir).filter((c) => wanted.size === 0 || wanted.has(c.name));
  if (corpora.length === 0) {
    process.stdout.write(`kg eval: no corpora in ${dir} (it needs <name>.texts.jsonl and <name>.gold.jsonl); nothing to score\n`);
    return 0;
  }
  for (const c of corpora) {
    const { report, lines, ms } = evaluateCorpus(c, intFlag(flags.limit, 'limit', 0));
    process.stdout.write(`== ${c.name} (${lines} lines, ${(ms / 1000).toFixed(1)} s)\n${formatReport(report, intFlag(flags.errors, 'errors', 0))}\n`);
  }
  return 0;
}
