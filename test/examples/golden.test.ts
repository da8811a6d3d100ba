// Golden files: every article in examples/ beside its expected extraction (<name>.expected.json).
// Update them after an intended change with `npx vitest run test/examples -u`; a missing one fails under CI.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/text/decode.js';
import { extractPage, extractRecord } from '../../src/extract/page.js';
import { prepareBody } from '../../src/io/body.js';

const DIR = new URL('../../examples/', import.meta.url);
const inputs = readdirSync(DIR).filter((f) => /\.(txt|html|jsonl)$/.test(f) && !f.includes('.expected.'));

describe('examples/ golden files', () => {
  it.each(inputs)('%s', async (name) => {
    const bytes = readFileSync(new URL(name, DIR));
    const source = `examples/${name}`;
    let recs;
    if (name.endsWith('.jsonl')) {
      recs = decodeBytes(bytes, source).trim().split('\n').map((l) => extractRecord({ ...JSON.parse(l), source }));
    } else {
      const body = prepareBody(decodeBytes(bytes, source), name.endsWith('.html'));
      recs = extractPage(body.text, { source, original: body.original, ...(body.mapped ? { mapped: body.mapped } : {}) });
    }
    const out = recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
    await expect(out).toMatchFileSnapshot(`../../examples/${name.replace(/\.(txt|html|jsonl)$/, '')}.expected.json`);
  });
});
