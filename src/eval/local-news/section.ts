// The local-news corpus as `kg eval` prints it: the corpus as written, then rewritten with other names, places
// and dates; a line per writer (the prefix of a file's name: a-3.jsonl is writer a) shows whether the rules hold
// on articles by writers they were not tuned on.
import { basename } from 'node:path';
import { loadCorpus, LOCAL_NEWS_DIR, type CorpusFile } from './load.js';
import { formatCorpusScore, prf, scoreCorpus, scoreCorpusRewritten } from './run.js';

export function localNewsSection(rewrites: number, showErrors: number, dir: string = LOCAL_NEWS_DIR): string {
  const files = loadCorpus(dir);
  if (files.length === 0) return `== local-news: no corpus in ${dir}`;
  const t0 = Date.now();
  const written = scoreCorpus(files);
  const out = [`${formatCorpusScore('local-news', written)}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`, ...byWriter(files), ...written.errors.slice(0, showErrors)];
  if (rewrites > 0) {
    const t1 = Date.now();
    const rw = scoreCorpusRewritten(files, rewrites);
    out.push(`${formatCorpusScore(`local-news, ${rewrites} rewrites of each article`, rw)}  (${((Date.now() - t1) / 1000).toFixed(1)} s)`, ...rw.errors.slice(0, showErrors));
  }
  return out.join('\n');
}

/** The writer of a corpus file: its name up to the first '-' (a-3.jsonl → a; pages/b-page-1.txt → b). */
function writerOf(f: CorpusFile): string {
  return basename(f.source).split('-')[0] ?? '';
}

function byWriter(files: readonly CorpusFile[]): string[] {
  const groups = new Map<string, CorpusFile[]>();
  for (const f of files) groups.set(writerOf(f), [...(groups.get(writerOf(f)) ?? []), f]);
  if (groups.size < 2) return [];
  return [...groups].map(([w, fs]) => {
    const s = scoreCorpus(fs);
    const roles = s.attendance.tp ? (s.rolesExact / s.attendance.tp).toFixed(3) : '-';
    return `  writer ${w} (${s.articles} articles): attendance F1 ${prf(s.attendance).split(' / ')[2]}, roles ${roles}, positions F1 ${prf(s.positions).split(' / ')[2]}, reporters exact ${((100 * s.reportersExact) / Math.max(1, s.articles)).toFixed(1)} %`;
  });
}
