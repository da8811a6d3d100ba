// Scores the full extraction pipeline (the `--jsonl` path: one record per line) on a tuning corpus.
import { extractRecord } from '../extract/page.js';
import type { ArticleRecord } from '../extract/record.js';
import { readJsonl, type Corpus, type CorpusLine } from './corpora.js';
import { groupById, scoreRecords, type ScoreReport, type ScoredRecord } from './score.js';

/** A record's mentions in the score format (mentions found in a title are not in the text, so left out). */
export function toScored(r: ArticleRecord): ScoredRecord {
  return {
    id: r.id,
    entities: r.entities.flatMap((e) => e.mentions.filter((m) => !m.field).map((m) => ({ type: e.type, start: m.start, end: m.end, text: m.text }))),
  };
}

export function evaluateCorpus(corpus: Corpus, limit = 0): { report: ScoreReport; lines: number; ms: number } {
  const all = readJsonl<CorpusLine>(corpus.textsPath);
  const lines = limit > 0 ? all.slice(0, limit) : all;
  const t0 = Date.now();
  const pred = lines.map((l) => toScored(extractRecord({ id: l.id, text: l.text })));
  const ms = Date.now() - t0;
  const ids = new Set(lines.map((l) => l.id));
  const gold = groupById(readJsonl<ScoredRecord>(corpus.goldPath).filter((g) => ids.has(g.id)));
  return { report: scoreRecords(gold, groupById(pred)), lines: lines.length, ms };
}
