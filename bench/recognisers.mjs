// Where the recognise stage's time goes: recogniseAll's recognisers timed one by one, in its own order and with
// its own inputs (src/extract/recognise/index.ts), beside nodejieba `tag` of the same texts in the same process.
//   node bench/recognisers.mjs bench/corpus/articles-10000.jsonl
// The first pass warms the JIT and the lexicons; the second is reported. Not part of npm run bench.
// Beside each recogniser's time: the share of sentences it finds anything in. A recogniser skipped in every
// sentence where it finds nothing (a perfect test of the tokens, at no cost) would save at most the rest of its
// time: the bound of "fewer rules per sentence" (docs/performance.md, seventh session).
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

/** The index of the sentence holding offset `at` (sentences sorted, not overlapping), -1 when none does. */
function sentenceOf(sentences, at) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** ms per recogniser (and for resolveOverlaps) over the docs; per recogniser, the sentences it finds anything in. */
function timeRecognisers(docs) {
  const ms = new Array(RECOGNISERS.length + 1).fill(0);
  const hit = new Array(RECOGNISERS.length).fill(0);
  for (const doc of docs) {
    const ranked = [];
    const earlier = [];
    RECOGNISERS.forEach((recognise, order) => {
      const t0 = performance.now();
      const found = recognise(doc, earlier);
      ms[order] += performance.now() - t0;
      earlier.push(...found);
      for (const f of found) ranked.push({ found: f, order });
      hit[order] += new Set(found.map((f) => sentenceOf(doc.sentences, f.start)).filter((i) => i >= 0)).size;
    });
    const t0 = performance.now();
    resolveOverlaps(ranked);
    ms[RECOGNISERS.length] += performance.now() - t0;
  }
  return { ms, hit };
}

const file = process.argv[2];
if (!file) throw new Error('bench/recognisers.mjs: usage: node bench/recognisers.mjs <corpus.jsonl>');
const docs = docsOf(file);
timeRecognisers(docs);
const { ms, hit } = timeRecognisers(docs);
const sentences = docs.reduce((n, doc) => n + doc.sentences.length, 0);
let tagMs = 0;
for (const doc of docs) { const t0 = performance.now(); jieba.tag(doc.text); tagMs += performance.now() - t0; }
const total = ms.reduce((a, b) => a + b, 0);
const say = (s) => process.stdout.write(`${s}\n`);
say(`${docs.length} articles, ${sentences} sentences: recogniseAll ${total.toFixed(0)} ms, jieba tag of the same texts ${tagMs.toFixed(0)} ms (${(total / tagMs).toFixed(2)}×)`);
say(`  ${'recogniser'.padEnd(24)} ${'time'.padStart(9)}  ${'share'.padStart(7)}  finds in`);
[...RECOGNISERS.map((f) => f.name), 'resolveOverlaps'].forEach((name, i) => {
  const finds = i < hit.length ? `${(100 * hit[i] / sentences).toFixed(1).padStart(5)} % of sentences` : '';
  say(`  ${name.padEnd(24)} ${ms[i].toFixed(0).padStart(6)} ms  ${(100 * ms[i] / total).toFixed(1).padStart(5)} %  ${finds}`);
});
