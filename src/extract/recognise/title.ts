// Position mentions (position.title): posts and ranks from dictionaries/titles.tsv on word boundaries
// (书记, 区长, 党工委书记 …). The longest title at a token start wins.
import { charTable, hasCharAt } from './char-table.js';
import type { Doc, Found, Recogniser, Sentence } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import type { TitleEntry } from '../../lexicon/index.js';
import type { TrieMatch } from '../../lexicon/trie.js';
import { tokenEndingAt } from '../tokens.js';
import { regionBodyAt, regionTitle } from '../region-title.js';

export const recogniseTitles: Recogniser = (doc: Doc, earlier: readonly Found[] = []): Found[] => {
  const k = knowledge();
  // a title also ends where a name read in its slot starts (县长 + 江某某, though jieba reads 长江 as one word)
  const nameStarts = new Set(earlier.filter((f) => f.type === 'person' && f.strong).map((f) => f.start));
  const found = doc.sentences.flatMap((s) => titlesInSentence(doc.text, s, k, nameStarts));
  // the ends and the covered offsets of the titles found, kept as titles are added (no scan of `found` per name)
  const ends = new Set(found.map((f) => f.end));
  const covered = new Uint8Array(doc.text.length + 1);
  const push = (f: Found): void => { found.push(f); ends.add(f.end); covered.fill(1, f.start, f.end); };
  for (const f of found) covered.fill(1, f.start, f.end);
  // …and wherever jieba cut across it, the title right before such a name (改革委/主 + 任何 + 烨: 主任 + 何烨)
  for (const at of nameStarts) {
    if (ends.has(at)) continue;
    const m = k.titlesBack.longestSuffixEndingAt(doc.text, at, Math.max(0, at - 8));
    if (!m || covered.subarray(m.start, m.end).includes(1)) continue;
    push(bodyGluedToPost(k, doc.text, m.start, m.end) ?? { type: 'position', start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), rule: 'position.title', kind: m.value.kind });
  }
  return found;
};

/** Bodies that titles.tsv writes together with their post. */
const BODY_PREFIXES = ['人大常委会', '政协', '纪委', '监委', '政法委', '组织部', '宣传部', '统战部'];
const LEVEL_BEFORE = new Set([...'省市区县镇乡州旗']);

/**
 * A national body glued to its post (外交部 + 长 of 外交部长) is the body, as org.before-title reads it where jieba kept
 * the post whole: the holder is reported through the body.
 */
function bodyGluedToPost(k: ReturnType<typeof knowledge>, text: string, start: number, end: number): Found | null {
  if (!text.endsWith('长', end)) return null;
  const body = k.orgAliases.longestMatchAt(text, start, end - 1);
  if (!body || body.end !== end - 1) return null;
  return { type: 'organization', start, end: body.end, text: text.slice(start, body.end), rule: 'org.before-title', kind: body.value.kind };
}

function bodyTitle(text: string, start: number, end: number, floor: number): { body: Found; post: Found } | null {
  const k = knowledge();
  const word = text.slice(start, end);
  const body = BODY_PREFIXES.find((b) => word.startsWith(b) && word.length > b.length);
  if (!body) return null;
  const post = k.titles.get(word.slice(body.length));
  if (!post) return null;
  const from = start > floor && LEVEL_BEFORE.has(text[start - 1] as string) ? start - 1 : start;
  const cut = start + body.length;
  return {
    body: { type: 'organization', start: from, end: cut, text: text.slice(from, cut), rule: 'org.region-title', kind: body.includes('委') || body.endsWith('部') ? 'party' : 'legislature' },
    post: { type: 'position', start: cut, end, text: word.slice(body.length), rule: 'position.title', kind: post.kind },
  };
}

/** The first characters of the levels regionBodyAt reads (县, 镇, 村 …; 街 of 街道, 社 of 社区). */
const LEVEL_FIRST = charTable('省市区县镇乡州旗盟村街社');

/** Function words jieba glues to a level after them (由村, 在镇, 和乡): the level is not a place's last character. */
const GLUED_BEFORE_LEVEL = new Set([...'由在于和与及对向从到把被将并']);

/** The longest title starting at `from` that ends where a word of jieba's or a name read in its slot does. */
function titleAt(text: string, s: Sentence, k: Knowledge, nameStarts: ReadonlySet<number>, from: number): TrieMatch<TitleEntry> | undefined {
  const all = k.titles.allMatchesAt(text, from, s.end);
  for (let n = all.length - 1; n >= 0; n--) {
    const end = (all[n] as TrieMatch<TitleEntry>).end;
    if (tokenEndingAt(s, end) >= 0 || nameStarts.has(end)) return all[n];
  }
  return undefined;
}

/** A region's body at `at` (镇党委) and the post written right after it (委员): an organization and a position. */
function composedAt(text: string, s: Sentence, at: number, k: Knowledge, nameStarts: ReadonlySet<number>): { body: Found; post: Found } | null {
  const body = regionBodyAt(text, at);
  if (!body || body.end >= s.end || !k.titles.startsAt(text, body.end)) return null;
  const post = titleAt(text, s, k, nameStarts, body.end);
  // (a post written with a body of its own, 组织部副部长 after 县委, is that body's: 县委组织部 + 副部长, read elsewhere)
  if (!post || BODY_PREFIXES.some((b) => text.startsWith(b, body.end))) return null;
  return {
    body: { type: 'organization', start: at, end: body.end, text: text.slice(at, body.end), rule: 'org.region-title', kind: body.kind },
    post: { type: 'position', start: body.end, end: post.end, text: text.slice(body.end, post.end), rule: 'position.title', kind: post.value.kind },
  };
}

function titlesInSentence(text: string, s: Sentence, k: Knowledge, nameStarts: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  let after = -1;
  for (let i = s.start; i < s.end; i++) {
    if (s.startsAt[i] === 0 && i !== after) {
      // (inside a word, only a level may begin a body: most characters are refused by one look-up)
      if (!hasCharAt(LEVEL_FIRST, text, i)) continue;
      // a level jieba glued to the function word before it (由村 + 党支部 + 书记), or the level that ends a place's name
      // jieba read whole before the body's last character (甘洛县/ns + 委/zg + 常委): the body starts a word of its own
      const holder = s.startsAt[i + 1] !== 0 ? s.tokens[tokenEndingAt(s, i + 1)] : undefined;
      const placeEnd = holder !== undefined && holder.word.length >= 3 && holder.tag === 'ns' && text[i + 1] === '委';
      const glued = holder && ((holder.word.length === 2 && GLUED_BEFORE_LEVEL.has(holder.word[0] as string)) || placeEnd) ? composedAt(text, s, i, k, nameStarts) : null;
      // (the place's whole name with its body: 甘洛县委, not 县委 across the place's name)
      const body = glued && placeEnd ? { ...glued.body, start: holder.start, text: text.slice(holder.start, glued.body.end) } : glued?.body;
      if (glued && body) { out.push(body, glued.post); after = glued.post.end; i = glued.post.end - 1; }
      continue;
    }
    const m = k.titles.startsAt(text, i) ? titleAt(text, s, k, nameStarts, i) : undefined;
    // glued to a slot name where jieba cut across it: a national body and its post is the body (外交部|长葛 …)
    const glued = m && tokenEndingAt(s, m.end) < 0 ? bodyGluedToPost(k, text, m.start, m.end) : null;
    if (glued && m) { out.push(glued); after = m.end; i = m.end - 1; continue; }
    // a level, its body and a post titles.tsv does not list whole (镇党委 + 组织委员, 村党支部 + 书记, 街道党工委 + 委员)
    const composed = composedAt(text, s, i, k, nameStarts);
    if (composed && (!m || composed.post.end > m.end)) {
      out.push(composed.body, composed.post);
      after = composed.post.end;
      i = composed.post.end - 1;
      continue;
    }
    if (!m) continue;
    // a body + its post written as one title (人大常委会主任, 政协副主席, 组织部部长), with the level before it when there is
    // one (区人大常委会 + 主任): the body is an organization, the post a position
    const split = bodyTitle(text, m.start, m.end, s.start);
    if (split) {
      out.push(split.body, split.post);
      after = m.end;
      i = m.end - 1;
      continue;
    }
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
