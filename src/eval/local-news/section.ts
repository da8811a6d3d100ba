// The local-news corpus as `kg eval` prints it: the corpus as written, then rewritten with other names, places
// and dates.
import { loadCorpus } from './load.js';
import { formatCorpusScore, scoreCorpus, scoreCorpusRewritten } from './run.js';

export function localNewsSection(rewrites: number, showErrors: number): string {
  const files = loadCorpus();
  if (files.length === 0) return '== local-news: no corpus in examples/local-news';
  const t0 = Date.now();
  const written = scoreCorpus(files);
  const out = [`${formatCorpusScore('local-news', written)}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`, ...written.errors.slice(0, showErrors)];
  if (rewrites > 0) {
    const t1 = Date.now();
    const rw = scoreCorpusRewritten(files, rewrites);
    out.push(`${formatCorpusScore(`local-news, ${rewrites} rewrites of each article`, rw)}  (${((Date.now() - t1) / 1000).toFixed(1)} s)`, ...rw.errors.slice(0, showErrors));
  }
  return out.join('\n');
}
