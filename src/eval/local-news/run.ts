// The local-news corpus scored: every input extracted as kg extract reads it, each gold article matched to its
// record (by id; a page's articles by their first line, else their order), and the scores summed. With rewrites,
// the same again on articles whose people, places and dates were substituted (rewrite.ts).
import type { ArticleRecord } from '../../extract/record.js';
import { extractExample, type ExampleInput } from '../substitute/example.js';
import type { GoldArticle } from './gold.js';
import type { CorpusFile } from './load.js';
import { norm } from './match.js';
import { rewriteCorpusInput } from './rewrite.js';
import { scoreArticle, type ArticleScore, type Counts } from './score.js';
import { seedOf } from '../substitute/run.js';

export interface CorpusScore {
  articles: number;
  attendance: Counts;
  rolesExact: number;
  positions: Counts;
  people: Counts;
  reportersExact: number;
  reporterAttendees: number;
  errors: string[];
}

function empty(): CorpusScore {
  const z = (): Counts => ({ tp: 0, pred: 0, gold: 0 });
  return { articles: 0, attendance: z(), rolesExact: 0, positions: z(), people: z(), reportersExact: 0, reporterAttendees: 0, errors: [] };
}

function add(total: CorpusScore, s: ArticleScore): void {
  total.articles++;
  for (const k of ['attendance', 'positions', 'people'] as const) {
    total[k].tp += s[k].tp; total[k].pred += s[k].pred; total[k].gold += s[k].gold;
  }
  total.rolesExact += s.rolesExact;
  if (s.reportersExact) total.reportersExact++;
  total.reporterAttendees += s.reporterAttendees.length;
  total.errors.push(...s.errors);
}

/** The record a gold article is: the same id (a page's `pages/x.txt#2` ends the record's id), else the first line. */
function recordOf(records: readonly ArticleRecord[], g: GoldArticle, original: string, index: number): ArticleRecord | undefined {
  const byId = records.find((r) => r.id === g.id || r.id.endsWith(`/${g.id}`));
  if (byId && (!g.firstLine || records.length === 1)) return byId;
  if (g.firstLine) {
    const first = norm(g.firstLine);
    // (the record's text with its credits: a gold may give a byline printed on its own line as the first line)
    const from = (r: ArticleRecord): number => Math.min(r.span.start, ...r.credits.map((c) => c.start));
    const hit = records.find((r) => norm(original.slice(from(r), r.span.end)).includes(first));
    if (hit) return hit;
  }
  return byId ?? records[index];
}

function scoreInput(input: ExampleInput, golds: readonly GoldArticle[], total: CorpusScore): void {
  let records: ArticleRecord[] = [];
  try { records = extractExample(input); } catch (err) { total.errors.push(`${input.source}: extraction failed: ${(err as Error).message}`); }
  golds.forEach((g, i) => add(total, scoreArticle(recordOf(records, g, input.text, i), g)));
}

/** The gold articles of one input: the record's own, or all of a page's. */
function goldsOf(file: CorpusFile, input: ExampleInput): GoldArticle[] {
  return input.kind === 'record' ? file.gold.filter((g) => g.id === input.id) : file.gold;
}

/** Scores the corpus as written. */
export function scoreCorpus(files: readonly CorpusFile[]): CorpusScore {
  const total = empty();
  for (const f of files) for (const input of f.inputs) scoreInput(input, goldsOf(f, input), total);
  return total;
}

/** Scores `n` rewrites of every input of the corpus (seeds from the input's name, as the example tier's). */
export function scoreCorpusRewritten(files: readonly CorpusFile[], n: number): CorpusScore {
  const total = empty();
  for (const f of files) {
    for (const input of f.inputs) {
      const golds = goldsOf(f, input);
      for (let k = 0; k < n; k++) {
        const seed = seedOf(input, k);
        const rw = rewriteCorpusInput(input, golds, seed);
        const before = total.errors.length;
        scoreInput(rw.input, rw.golds, total);
        for (let e = before; e < total.errors.length; e++) total.errors[e] = `${total.errors[e]} [seed ${seed}]`;
      }
    }
  }
  return total;
}

export function prf(c: Counts): string {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`;
}

/** One table row per score. */
export function formatCorpusScore(name: string, s: CorpusScore): string {
  return [
    `== ${name} (${s.articles} articles)`,
    `attendance   P / R / F1 ${prf(s.attendance)}  (tp ${s.attendance.tp}, pred ${s.attendance.pred}, gold ${s.attendance.gold})`,
    `roles exact  ${s.attendance.tp ? (s.rolesExact / s.attendance.tp).toFixed(3) : '-'}  (${s.rolesExact} of ${s.attendance.tp} attendees found)`,
    `positions    P / R / F1 ${prf(s.positions)}  (tp ${s.positions.tp}, pred ${s.positions.pred}, gold ${s.positions.gold})`,
    `people       P / R / F1 ${prf(s.people)}`,
    `reporters exact on ${s.articles ? ((100 * s.reportersExact) / s.articles).toFixed(1) : '-'} % of articles; reporters listed as attendees: ${s.reporterAttendees}`,
  ].join('\n');
}
