// Runs the recognisers directly over ../shared/tuning/<corpus>.texts.jsonl and writes predictions in the
// score format, then prints the score table.
// usage: npx vite-node tools/ner-harness.ts [corpus …] [--out DIR] [--errors N] [--limit N]
//   then e.g. node ../shared/score-ner.mjs ../shared/tuning/msra-val.gold.jsonl /tmp/ner/msra-val.pred.jsonl --errors 40
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCorpora, readJsonl, type CorpusLine } from '../src/eval/corpora.js';
import { predictLines } from '../src/eval/harness.js';
import { formatReport, groupById, scoreRecords, type ScoredRecord } from '../src/eval/score.js';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv.splice(i, 2)[1] ?? fallback) : fallback;
};
const out = opt('out', '/tmp/ner');
const errors = Number(opt('errors', '0'));
const limit = Number(opt('limit', '0'));
const wanted = new Set(argv);
mkdirSync(out, { recursive: true });
for (const corpus of findCorpora().filter((c) => wanted.size === 0 || wanted.has(c.name))) {
  const lines = readJsonl<CorpusLine>(corpus.textsPath);
  const used = limit > 0 ? lines.slice(0, limit) : lines;
  const t0 = Date.now();
  const pred = predictLines(used);
  const ms = Date.now() - t0;
  const predPath = join(out, `${corpus.name}.pred.jsonl`);
  writeFileSync(predPath, pred.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const gold = groupById(readJsonl<ScoredRecord>(corpus.goldPath).slice(0, used.length));
  const report = scoreRecords(gold, groupById(pred));
  process.stdout.write(`== ${corpus.name} (${used.length} lines, ${ms} ms) → ${predPath}\n${formatReport(report, errors)}`);
}
