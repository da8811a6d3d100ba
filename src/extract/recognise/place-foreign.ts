// place.foreign: a foreign division written as a transliteration + a level (罗赖马州, 阿马里洛市, 普沃茨克省),
// and a world place from countries.tsv written with its level (莫斯科市, 华盛顿州). A level followed by a
// title or body character (市长, 州长, 省委) is no place end: 约翰逊市长 is a person and a title.
import type { Found, Sentence } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { tokenStartingAt } from '../tokens.js';
import { charTable, hasCharAt } from './char-table.js';

const LEVELS = charTable(['州', '市', '省', '郡']);
/** characters after a level that make it a title or a body (市长, 州政府 is still a place: 政 is not here) */
const NOT_AFTER = new Set(['长', '委', '级', '民', '场', '区']);

export function foreignPlaces(text: string, s: Sentence, k: Knowledge): Found[] {
  const out: Found[] = [];
  for (let i = s.start + 2; i < s.end; i++) {
    if (!hasCharAt(LEVELS, text, i) || NOT_AFTER.has(text[i + 1] ?? '')) continue;
    let start = i;
    while (start > s.start && hasCharAt(k.translitByUnit, text, start - 1)) start--;
    // a known place before the run is a place of its own (巴西 + 罗赖马州)
    for (;;) {
      const known = k.places.longestMatchAt(text, start, i);
      if (!known || known.end >= i) break;
      start = known.end;
    }
    const known = k.places.longestMatchAt(text, start, i);
    const world = known && known.end === i && !known.value.short && WORLD_KINDS.has(known.value.kind);
    if (!world && (i - start < 2 || i - start > NAME_MAX || !nameToken(s, start, i) || knownInside(k, text, start, i))) continue;
    out.push({ type: 'place', start, end: i + 1, text: text.slice(start, i + 1), rule: 'place.foreign' });
  }
  return out;
}

const WORLD_KINDS = new Set(['city', 'country', 'region']);

/** The longest transliterated name before its level: Russian cities run long (伊斯克拉夫斯克市, 克拉斯诺亚尔斯克边疆区 has 8). */
const NAME_MAX = 9;

/** Tags of the first token of a transliterated name: jieba's unknown or foreign-name words, not a verb (依托). */
const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'ns', 'nz', 'j', 'eng']);

function nameToken(s: Sentence, start: number, end: number): boolean {
  const t = s.tokens[tokenStartingAt(s, start)];
  return t !== undefined && (t.end > end || NAME_TAGS.has(t.tag));
}

/** A known place ends where the level starts (江西 + 省): the gazetteer's business, not a transliteration. */
function knownInside(k: Knowledge, text: string, start: number, end: number): boolean {
  for (let j = start + 1; j < end; j++) {
    const m = k.places.longestMatchAt(text, j, end);
    if (m && m.end === end) return true;
  }
  return false;
}
