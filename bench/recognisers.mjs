// Where the recognise stage's time goes: recogniseAll's recognisers timed one by one, in its own order and with
// its own inputs (src/extract/recognise/index.ts), beside nodejieba `tag` of the same texts in the same process.
//   node bench/recognisers.mjs bench/corpus/articles-10000.jsonl
// The first pass warms the JIT and the lexicons; the second is reported. Not part of npm run bench.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const d = (p) => import(new URL(`../dist/${p}`, import.meta.url));
const [{ segment }, { splitSentences }, { normaliseWidths }, { RECOGNISERS }, { resolveOverlaps }, { indexTokens }] = await Promise.all([
  d('text/segment.js'), d('text/sentences.js'), d('text/widths.js'), d('extract/recognise/index.js'),
  d('extract/recognise/resolve-overlaps.js'), d('extract/tokens.js')]);
const jieba = createRequire(import.meta.url)('nodejieba');

/** Docs as prepareArticle builds them (body, then the title), from a JSON-lines corpus. */
function docsOf(file) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const r = JSON.parse(line);
    const text = normaliseWidths(r.title ? `${r.text}\n${r.title}` : r.text);
    const sentences = indexTokens(text.length, splitSentences(text).map((s) => ({ ...s, tokens: segment(text, s.start, s.end) })));
    return { text, sentences, date: r.date ?? null, headlines: r.title ? [r.title] : [] };
  });
}

/** ms per recogniser (and for resolveOverlaps) over the docs. */
function timeRecognisers(docs) {
  const ms = new Array(RECOGNISERS.length + 1).fill(0);
  for (const doc of docs) {
    const ranked = [];
    const earlier = [];
    RECOGNISERS.forEach((recognise, order) => {
      const t0 = performance.now();
      const found = recognise(doc, earlier);
      ms[order] += performance.now() - t0;
      earlier.push(...found);
      for (const f of found) ranked.push({ found: f, order });
    });
    const t0 = performance.now();
    resolveOverlaps(ranked);
    ms[RECOGNISERS.length] += performance.now() - t0;
  }
  return ms;
}

const file = process.argv[2];
if (!file) throw new Error('bench/recognisers.mjs: usage: node bench/recognisers.mjs <corpus.jsonl>');
const docs = docsOf(file);
timeRecognisers(docs);
const ms = timeRecognisers(docs);
let tagMs = 0;
for (const doc of docs) { const t0 = performance.now(); jieba.tag(doc.text); tagMs += performance.now() - t0; }
const total = ms.reduce((a, b) => a + b, 0);
const say = (s) => process.stdout.write(`${s}\n`);
say(`${docs.length} articles: recogniseAll ${total.toFixed(0)} ms, jieba tag of the same texts ${tagMs.toFixed(0)} ms (${(total / tagMs).toFixed(2)}×)`);
[...RECOGNISERS.map((f) => f.name), 'resolveOverlaps'].forEach((name, i) =>
  say(`  ${name.padEnd(24)} ${ms[i].toFixed(0).padStart(6)} ms  ${(100 * ms[i] / total).toFixed(1).padStart(5)} %`));
