// Position mentions (position.title): posts and ranks from dictionaries/titles.tsv on word boundaries
// (书记, 区长, 党工委书记 …). The longest title at a token start wins.
import type { Doc, Found, Recogniser, Sentence } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import type { TitleEntry } from '../../lexicon/index.js';
import type { TrieMatch } from '../../lexicon/trie.js';
import { tokenEndingAt } from '../tokens.js';
import { regionTitle } from '../region-title.js';

export const recogniseTitles: Recogniser = (doc: Doc, earlier: readonly Found[] = []): Found[] => {
  const k = knowledge();
  // a title also ends where a name read in its slot starts (县长 + 江某某, though jieba reads 长江 as one word)
  const nameStarts = new Set(earlier.filter((f) => f.type === 'person' && f.strong).map((f) => f.start));
  const found = doc.sentences.flatMap((s) => titlesInSentence(doc.text, s, k, nameStarts));
  // …and wherever jieba cut across it, the title right before such a name (改革委/主 + 任何 + 烨: 主任 + 何烨)
  for (const at of nameStarts) {
    if (found.some((f) => f.end === at)) continue;
    const m = k.titlesBack.longestSuffixEndingAt(doc.text, at, Math.max(0, at - 8));
    if (m && !found.some((f) => f.start < m.end && m.start < f.end)) {
      found.push({ type: 'position', start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), rule: 'position.title', kind: m.value.kind });
    }
  }
  return found;
};

function titlesInSentence(text: string, s: Sentence, k: Knowledge, nameStarts: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  let after = -1;
  for (let i = s.start; i < s.end; i++) {
    if (s.startsAt[i] === 0 && i !== after) continue;
    const all = k.titles.allMatchesAt(text, i, s.end);
    let m;
    for (let n = all.length - 1; n >= 0 && !m; n--) {
      const end = (all[n] as TrieMatch<TitleEntry>).end;
      if (tokenEndingAt(s, end) >= 0 || nameStarts.has(end)) m = all[n];
    }
    if (!m) continue;
    // a region body + its post (市委书记, 县委常委): the body is an organization, the post a position
    const region = regionTitle(text.slice(m.start, m.end));
    if (region && region.body !== region.level && k.titles.get(region.title)) {
      const cut = m.start + region.body.length;
      out.push({ type: 'organization', start: m.start, end: cut, text: region.body, rule: 'org.region-title', kind: region.kind });
      out.push({ type: 'position', start: cut, end: m.end, text: region.title, rule: 'position.title', kind: (k.titles.get(region.title) as TitleEntry).kind });
    } else {
      out.push({ type: 'position', start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: 'position.title', kind: m.value.kind });
    }
    after = m.end;
    i = m.end - 1;
  }
  return out;
}
