// nodejieba `tag` once per sentence (what src/extract/article.ts does) against once per article, interleaved
// article by article so that the machine's noise falls on both; and whether the whole-article tokens, cut at the
// sentence spans, are the same tokens (then one call per article would do).
//   node bench/tag-calls.mjs bench/corpus/articles-10000.jsonl
// Not part of npm run bench.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const d = (p) => import(new URL(`../dist/${p}`, import.meta.url));
const [{ splitSentences }, { normaliseWidths }] = await Promise.all([d('text/sentences.js'), d('text/widths.js')]);
const jieba = createRequire(import.meta.url)('nodejieba');

const file = process.argv[2];
if (!file) throw new Error('bench/tag-calls.mjs: usage: node bench/tag-calls.mjs <corpus.jsonl>');
const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
  const r = JSON.parse(line);
  return normaliseWidths(r.title ? `${r.text}\n${r.title}` : r.text);
});

/** "start:word:tag" keys of tokens lying inside one of the spans, offsets into text */
function keys(tokens, offset, spans) {
  const out = [];
  let at = offset;
  for (const t of tokens) {
    if (!spans || spans.some((s) => at >= s.start && at + t.word.length <= s.end)) out.push(`${at}:${t.word}:${t.tag}`);
    at += t.word.length;
  }
  return out;
}

jieba.tag('启动');
let whole = 0;
let perSentence = 0;
let calls = 0;
let same = 0;
for (let round = 0; round < 2; round++) { // round 0 warms up
  whole = 0; perSentence = 0; calls = 0; same = 0;
  texts.forEach((text, i) => {
    const spans = splitSentences(text);
    const byArticle = () => { const t0 = performance.now(); const r = jieba.tag(text); whole += performance.now() - t0; return r; };
    const bySentence = () => {
      const t0 = performance.now();
      const r = spans.map((s) => jieba.tag(text.slice(s.start, s.end)));
      perSentence += performance.now() - t0;
      calls += spans.length;
      return r;
    };
    let a;
    let b;
    if (i % 2) { a = byArticle(); b = bySentence(); } else { b = bySentence(); a = byArticle(); }
    const cut = keys(a, 0, spans).join('|');
    if (cut === b.flatMap((toks, k) => keys(toks, spans[k].start)).join('|')) same++;
  });
}
const say = (s) => process.stdout.write(`${s}\n`);
say(`${texts.length} articles: tag once per article ${whole.toFixed(0)} ms (${texts.length} calls); once per sentence ${perSentence.toFixed(0)} ms (${calls} calls): ${(perSentence / whole).toFixed(2)}×`);
say(`same tokens inside the sentences either way: ${same} of ${texts.length} articles`);
