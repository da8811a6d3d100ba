// kg eval: extraction quality — the public NER corpora in ../shared/tuning (strict spans, per type: P, R, F1), the
// project's local-news corpus (attendance, roles, positions, reporters; as written and with names, places and
// dates substituted), and the substitution tier over every example.
import { intFlag, parseArgs, UsageError } from './args.js';
import { findCorpora, TUNING_DIR } from '../eval/corpora.js';
import { evaluateCorpus } from '../eval/run.js';
import { formatReport } from '../eval/score.js';
import { localNewsSection } from '../eval/local-news/section.js';
import { LOCAL_NEWS_DIR } from '../eval/local-news/load.js';
import { substitutionSection } from '../eval/substitute/tier-report.js';

export const help = `usage: kg eval [--part ner|local|substitution …] [--corpus NAME …] [--errors N] [--limit N] [--dir D]
               [--rewrites N] [--substitution N]

Scores the extraction pipeline, in three parts (all by default):
  ner           each corpus of ../shared/tuning (<name>.texts.jsonl beside <name>.gold.jsonl): precision, recall and
                F1 per entity type, strict spans, with the rules of ../shared/score-ner.mjs
  local         the local-news corpus of examples/local-news (gold/ beside it): attendance (pairs of meeting and
                person) and roles, positions, people, credits; as written, then with every person, place and date
                of each article substituted (--rewrites N times, default 5)
  substitution  every example of examples/ rewritten --substitution N times (default 35, over 1,000 rewrites) with
                names of every shape, real places of the same level and shifted dates; each must give its golden
                output rewritten alike. Failures print their example and seed.

  --part P        only these parts (repeatable); --corpus or --dir alone mean --part ner
  --corpus NAME   only this NER corpus (repeatable)
  --errors N      also print the first N errors of each part
  --limit N       only the first N lines of each NER corpus
  --dir D         the NER corpora folder (default ../shared/tuning beside the project)
  --local-dir D   the local-news corpus folder (default examples/local-news; gold/ inside it)
`;

const PARTS = new Set(['ner', 'local', 'substitution']);

export async function run(argv: string[]): Promise<number> {
  const { flags } = parseArgs(argv, {
    part: { type: 'string', multiple: true }, corpus: { type: 'string', multiple: true }, errors: { type: 'string' },
    limit: { type: 'string' }, dir: { type: 'string' }, 'local-dir': { type: 'string' }, rewrites: { type: 'string' }, substitution: { type: 'string' },
  });
  const asked = (flags.part as string[] | undefined) ?? (flags.corpus || flags.dir ? ['ner'] : [...PARTS]);
  for (const p of asked) if (!PARTS.has(p)) throw new UsageError(`--part must be ner, local or substitution, got "${p}"`);
  const errors = intFlag(flags.errors, 'errors', 0);
  if (asked.includes('ner')) ner(flags, errors);
  if (asked.includes('local')) process.stdout.write(`${localNewsSection(intFlag(flags.rewrites, 'rewrites', 5), errors, (flags['local-dir'] as string | undefined) ?? LOCAL_NEWS_DIR)}\n\n`);
  if (asked.includes('substitution')) process.stdout.write(`${substitutionSection(intFlag(flags.substitution, 'substitution', 35), errors)}\n`);
  return 0;
}

function ner(flags: Record<string, unknown>, errors: number): void {
  const dir = (flags.dir as string | undefined) ?? TUNING_DIR;
  const wanted = new Set((flags.corpus as string[] | undefined) ?? []);
  const corpora = findCorpora(dir).filter((c) => wanted.size === 0 || wanted.has(c.name));
  if (corpora.length === 0) {
    process.stdout.write(`kg eval: no corpora in ${dir} (it needs <name>.texts.jsonl and <name>.gold.jsonl); nothing to score\n`);
    return;
  }
  for (const c of corpora) {
    const { report, lines, ms } = evaluateCorpus(c, intFlag(flags.limit, 'limit', 0));
    process.stdout.write(`== ${c.name} (${lines} lines, ${(ms / 1000).toFixed(1)} s)\n${formatReport(report, errors)}\n`);
  }
}
