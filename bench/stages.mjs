// Where extraction's time goes, per stage, in-process over a JSON-lines corpus: each stage of extractRecord
// (src/extract/page.ts → article.ts → build-record.ts) is called here in sequence with its own timer.
//   node bench/stages.mjs bench/corpus/articles-10000.jsonl
// Stages: decode (JSON line → record item), normalise (lines, byline, join, widths, traditional → simplified),
// split (sentences), segment (nodejieba cut + tag table), recognise (recogniseAll), relate (buildRecord: relations,
// entities), resolve (toGraph: what ingest adds), serialise (JSON.stringify of the output line).
// A second pass times extractRecord whole, to check that the stages add up.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const d = (p) => import(new URL(`../dist/${p}`, import.meta.url));
const [{ parseJsonlLine }, { splitLines }, { parseByline, inlineByline }, { joinLines }, { compose, identity },
  { normaliseWidths }, { isLikelyTraditional, toSimplified }, { splitSentences }, { segmentSpans }, { recogniseAll },
  { prepareArticle }, { buildRecord }, { pageRegion }, { mostFrequentYear }, { isDateline }, { toGraph }, { extractRecord },
  { indexTokens }, { cutLongSentences }] = await Promise.all([
  d('io/jsonl-record.js'), d('text/lines.js'), d('text/byline.js'), d('text/join-lines.js'), d('text/offset-map.js'),
  d('text/widths.js'), d('text/simplify.js'), d('text/sentences.js'), d('text/segment.js'), d('extract/recognise/index.js'),
  d('extract/article.js'), d('extract/build-record.js'), d('extract/region.js'), d('extract/dates.js'), d('text/layout.js'),
  d('resolve/to-graph.js'), d('extract/page.js'), d('extract/tokens.js'), d('text/long-sentences.js')]);

export const STAGES = ['decode', 'normalise', 'split', 'segment', 'recognise', 'relate', 'resolve', 'serialise'];

async function* lines(file) {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line.trim()) yield line;
}

/** ms per stage over the file, plus the whole extractRecord pass for comparison */
export async function stageSplit(file) {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0]));
  let t = performance.now();
  const lap = (stage) => { const now = performance.now(); ms[stage] += now - t; t = now; };
  let n = 0;
  let chars = 0;
  for await (const line of lines(file)) {
    t = performance.now();
    const item = parseJsonlLine(line, file, ++n);
    lap('decode');
    chars += item.text.length;
    // normalise: the record's lines, byline, joined body, then the text prepareArticle normalises
    const all = splitLines(item.text).filter((l) => l.text.length > 0);
    const own = all[0] ? parseByline(all[0].text, all[0].start) : null;
    const body = own ? all.slice(1) : all;
    const byline = own ?? (body[0] && isDateline(body[0].text) ? inlineByline(body[0].text, body[0].start) : null);
    const mapped = compose(identity(item.text), joinLines(item.text, body));
    let text = normaliseWidths(item.title ? `${mapped.text}\n${item.title}` : mapped.text);
    if (isLikelyTraditional(text)) text = toSimplified(text);
    const pageYear = mostFrequentYear(item.text);
    lap('normalise');
    const sentenceSpans = splitSentences(text);
    lap('split');
    const { spans, tokens } = cutLongSentences(sentenceSpans, segmentSpans(text, sentenceSpans));
    const sentences = indexTokens(text.length, spans.map((s, i) => ({ ...s, tokens: tokens[i] })));
    lap('segment');
    recogniseAll({ text, sentences, date: item.date ?? null, headlines: item.title ? [item.title] : [] });
    lap('recognise');
    // the same article through prepareArticle (untimed: its work is what the stages above measured)
    const prepared = prepareArticle({
      id: item.id, source: file, original: item.text, body: mapped,
      headlines: item.title ? [{ mapped: identity(item.title), field: 'title' }] : [],
      reporters: (byline?.reporters ?? []), date: item.date ?? null, span: { start: 0, end: item.text.length },
    });
    t = performance.now();
    const record = buildRecord(prepared, { region: pageRegion([prepared]), pageYear });
    lap('relate');
    toGraph(record);
    lap('resolve');
    JSON.stringify(record);
    lap('serialise');
  }
  const whole = performance.now();
  let m = 0;
  for await (const line of lines(file)) {
    const item = parseJsonlLine(line, file, ++m);
    JSON.stringify(extractRecord({ id: item.id, text: item.text, source: file, original: item.original,
      ...(item.title ? { title: item.title } : {}), ...(item.date ? { date: item.date } : {}) }));
  }
  return { articles: n, chars, ms, extractRecordMs: performance.now() - whole };
}

export function formatStages(r, say) {
  const total = STAGES.filter((s) => s !== 'resolve').reduce((a, s) => a + r.ms[s], 0);
  for (const s of STAGES) {
    const share = s === 'resolve' ? '(ingest only)' : `${((100 * r.ms[s]) / total).toFixed(1).padStart(5)} %`;
    say(`  ${s.padEnd(10)} ${r.ms[s].toFixed(0).padStart(7)} ms  ${share}`);
  }
  say(`  sum of the extract stages ${total.toFixed(0)} ms; extractRecord + JSON.stringify whole ${r.extractRecordMs.toFixed(0)} ms (${r.articles} articles)`);
}

if (process.argv[1]?.endsWith('stages.mjs')) {
  const file = process.argv[2] ?? 'bench/corpus/articles-1000.jsonl';
  await stageSplit(file); // warm-up (JIT, dictionaries)
  const r = await stageSplit(file);
  formatStages(r, (s) => process.stdout.write(`${s}\n`));
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(r)}\n`);
}
