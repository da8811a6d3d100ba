// Runs the recognisers alone over corpus lines (no page pipeline) and returns score-format records.
import { lineDoc } from './line-doc.js';
import { recogniseAll } from '../extract/recognise/index.js';
import type { CorpusLine } from './corpora.js';
import type { ScoredRecord } from './score.js';

/** `{id, entities:[{type,start,end,text}]}` for one line, from recogniseAll over a line Doc. */
export function predictLine(line: CorpusLine): ScoredRecord {
  const doc = lineDoc(line.text, line.date ?? null);
  const entities = recogniseAll(doc).map((f) => ({ type: f.type, start: f.start, end: f.end, text: f.text }));
  return { id: line.id, entities };
}

export function predictLines(lines: readonly CorpusLine[]): ScoredRecord[] {
  return lines.map(predictLine);
}
