// Word segmentation with nodejieba: the only module that imports it (its state is global).
import { createRequire } from 'node:module';
import type { Token } from '../extract/types.js';

type Jieba = { tag(text: string): { word: string; tag: string }[]; load(opts?: object): void };
let jieba: Jieba | undefined;

function engine(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    jieba = require('nodejieba') as Jieba;
  }
  return jieba;
}

/** Tokens of text[start, end) with offsets into text. jieba's tokens concatenate back to the input exactly. */
export function segment(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let at = start;
  for (const { word, tag } of engine().tag(text.slice(start, end))) {
    out.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}
