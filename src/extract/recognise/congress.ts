// Party congresses written by their number (org.congress): 十五大, 中共十四大, 二十大 are the national congresses
// of the Communist Party of China; the NER corpora and common usage treat them as bodies. Only numbers from
// 十一 up are read (十大, 七大 are too often “ten big …”), and the number must be a jieba word of its own.
import type { Found, Sentence } from '../types.js';

const CONGRESS = /^(中共)?((?:十|二十)[一二三四五六七八九]|二十)大$/;

export function congressesInSentence(text: string, s: Sentence): Found[] {
  const out: Found[] = [];
  for (const t of s.tokens) {
    if (!t.word.endsWith('大')) continue; // the regex only where it can match: most tokens end otherwise
    const m = CONGRESS.exec(t.word);
    if (!m) continue;
    out.push({ type: 'organization', start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: 'org.congress', name: `中国共产党第${m[2]}次全国代表大会`, kind: 'party' });
  }
  return out;
}
