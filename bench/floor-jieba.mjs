// The floor of a jieba-based pipeline: a process that only loads nodejieba and tags every text of a JSON-lines file.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const jieba = createRequire(import.meta.url)('nodejieba');
const file = process.argv[2];
if (!file) {
  jieba.tag('启动');
} else {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    n += jieba.tag(r.text).length;
    if (r.title) n += jieba.tag(r.title).length;
  }
  process.stdout.write(`${n}\n`);
}
