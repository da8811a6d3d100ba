// The floor of a jieba-based pipeline: a process that only loads nodejieba and tags the texts.
//   node bench/floor-jieba.mjs                 loads the dictionaries (one tag call) and exits: the start-up floor
//   node bench/floor-jieba.mjs corpus.jsonl    tags the text and title of every JSON line
//   node bench/floor-jieba.mjs --text page.txt tags a whole text file (the floor of `kg extract page.txt`)
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const jieba = createRequire(import.meta.url)('nodejieba');
const [first, second] = process.argv.slice(2);
let n = 0;
if (!first) {
  n = jieba.tag('启动').length;
} else if (first === '--text') {
  n = jieba.tag(readFileSync(second, 'utf8')).length;
} else {
  for await (const line of createInterface({ input: createReadStream(first), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    n += jieba.tag(r.text).length;
    if (r.title) n += jieba.tag(r.title).length;
  }
}
process.stdout.write(`${n} tokens\n`);
