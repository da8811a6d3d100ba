// A deterministic corpus of synthetic local-news articles (fictional people, places, bodies and meetings) for
// the benchmarks: `node bench/generate-corpus.mjs --size 10k [--seed 7] [--out bench/corpus]` writes
// <out>/articles-<n>.jsonl ({id,title,date,text}) and <out>/pages-<n>/page-<k>.txt (4–8 articles a page, lines
// wrapped at 17 characters like a PDF newspaper page, bylines □记者 X 报道, datelines 本报讯, headlines last).
import { createWriteStream, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as W from './corpus-words.mjs';

/** mulberry32: a small seeded PRNG, so a seed always gives the same corpus */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** '1k' → 1000, '100k' → 100000, '2500' → 2500 */
export function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(String(s).trim());
  if (!m) throw new Error(`bench/generate-corpus.mjs: bad size "${s}" (1k, 10k, 100k or a number)`);
  return Math.round(Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1));
}

export const corpusFile = (size, out = 'bench/corpus') => join(out, `articles-${size}.jsonl`);

/** article(n) → {id,title,date,text,body,reporter} */
export function makeWriter(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const person = () => pick(W.SURNAMES) + pick(W.GIVEN) + (r() < 0.75 ? pick(W.GIVEN) : '');
  const people = (k) => Array.from({ length: k }, person);
  return function article(n) {
    const stem = pick(W.PLACE_STEMS);
    const level = pick(W.REGION_LEVELS);
    const region = stem + level;
    const town = pick(W.PLACE_STEMS.filter((s) => s !== stem)) + pick(W.TOWN_LEVELS);
    const [topic, kind] = pick(W.MEETING_TOPICS);
    const meeting = `${region}${topic}${kind}`;
    const bureau = region + pick(W.BUREAUS);
    const chief = bureau.endsWith('委员会') ? '主任' : '局长';
    const company = `${stem}${pick(W.PLACE_STEMS)}${pick(W.TRADES)}有限公司`;
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const date = `2024-${String(month).padStart(2, '0')}-${String(Math.min(28, day + 1)).padStart(2, '0')}`;
    const [a, b, c, d, e, f, g, reporter] = people(8);
    const body = [];
    const form = Math.floor(r() * 4);
    if (form === 0) {
      body.push(`${month}月${day}日，${meeting}召开。${level}委书记${a}主持会议并讲话，${level}长${b}出席会议并发言。`);
      body.push(`${a}指出，${pick(W.STATEMENTS)}`, `${bureau}${chief}${c}表示，${pick(W.REMARKS)}`);
      body.push(`${level}领导${d}、${e}、${f}等出席会议。`);
    } else if (form === 1) {
      body.push(`${month}月${day}日，${meeting}在${town}举行。${level}长${b}出席${kind}并致辞，省${pick(W.BUREAUS)}副局长${g}作视频讲话。`);
      body.push(`${b}表示，${pick(W.STATEMENTS)}`, `${town}党工委书记${c}介绍了有关情况。${level}领导${d}、${e}出席。`);
    } else if (form === 2) {
      body.push(`${month}月${day}日，${bureau}召开${topic}${kind}，${bureau}${chief}${c}主持会议。`);
      body.push(`${company}董事长${g}、${town}主任${d}作交流发言。`, `${c}表示，${pick(W.REMARKS)}${pick(W.STATEMENTS)}`);
    } else {
      body.push(`${month}月${day}日，${level}委副书记、${level}长${b}带队到${company}调研，${stem}${pick(W.PARK_BODIES)}书记${e}陪同。`);
      body.push(`${b}强调，${pick(W.STATEMENTS)}`, `${bureau}${chief}${c}表示，${pick(W.REMARKS)}`);
    }
    const title = form === 3 ? `${b}到${company}调研` : form === 2 ? `${bureau}召开${topic}${kind}` : `${meeting}召开`;
    return { id: `bench-${n}`, title, date, reporter, text: body.join('\n'), body };
  };
}

function wrap(paragraph, width = 17) {
  const lines = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return `  ${lines.join('\n')}`;
}

/** Writes the JSON lines and the pages of `size` articles (skips work already on disk unless `force`). */
export async function generate({ size, seed = 7, out = 'bench/corpus', force = false }) {
  const jsonlPath = corpusFile(size, out);
  const pagesDir = join(out, `pages-${size}`);
  if (!force && existsSync(jsonlPath) && existsSync(pagesDir)) return { jsonl: jsonlPath, pages: pagesDir };
  mkdirSync(pagesDir, { recursive: true });
  const article = makeWriter(seed);
  const perPage = rng(seed + 1);
  const jsonl = createWriteStream(jsonlPath);
  let page = [];
  let heads = [];
  let pageNo = 0;
  let want = 4 + Math.floor(perPage() * 5);
  for (let n = 0; n < size; n++) {
    const a = article(n);
    const line = `${JSON.stringify({ id: a.id, title: a.title, date: a.date, text: a.text })}\n`;
    if (!jsonl.write(line)) await new Promise((res) => jsonl.once('drain', res));
    const [first, ...rest] = a.body;
    page.push(`  □记者 ${a.reporter} 报道\n${wrap(`本报讯 ${first}`)}\n${rest.map((p) => wrap(p)).join('\n')}`);
    heads.push(a.title);
    if (page.length === want || n === size - 1) {
      writeFileSync(join(pagesDir, `page-${String(pageNo++).padStart(5, '0')}.txt`), `${page.join('\n\n')}\n\n${heads.join('\n\n')}\n`);
      page = [];
      heads = [];
      want = 4 + Math.floor(perPage() * 5);
    }
  }
  await new Promise((res) => jsonl.end(res));
  return { jsonl: jsonlPath, pages: pagesDir };
}

if (process.argv[1]?.endsWith('generate-corpus.mjs')) {
  const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
  const sizes = arg('size', '1k').split(',').map(parseSize);
  for (const size of sizes) {
    const r = await generate({ size, seed: Number(arg('seed', '7')), out: arg('out', 'bench/corpus'), force: true });
    console.log(`wrote ${r.jsonl} and ${r.pages}/`);
  }
}
