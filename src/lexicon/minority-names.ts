// Names of minority peoples written without a surname (扎西多吉, 索朗白玛, 娜仁高娃, 吉克伍沙): made of the parts
// in dictionaries/minority-name-parts.tsv. Read by the name slots (src/extract/recognise/person-slot.ts) and by
// credits (src/text/credits.ts), where such a name may follow its role word with no space (记者扎西多吉).
import { loadTsv } from './load-tsv.js';
import { getLexicon } from './lexicon.js';
import { nameFollowers } from './name-followers.js';

let parts: ReadonlySet<string> | undefined;
let yiClans: ReadonlySet<string> | undefined;

/** Characters that never stand in a name's given part: words of grammar (的, 在, 说 …). */
const NOT_GIVEN = /[的了着过在和与及是也都就还又把被将对从为向以于等个这那之所并或而每各该此说要会]/;

/**
 * The span splits into at most `max` parts of minority-name-parts.tsv (an empty span: yes) — or it is a Yi name of four
 * characters, a clan's name of the table and a given name of two characters the table need not hold (阿苏 + 日呷).
 */
export function minorityParts(span: string, max: number): boolean {
  if (!parts) {
    const rows = loadTsv('minority-name-parts.tsv', { columns: ['part', 'people'], key: ['part'] });
    parts = new Set(rows.map((r) => r.part));
    yiClans = new Set(rows.filter((r) => r.people === 'yi').map((r) => r.part));
  }
  if (span.length === 4 && max >= 2 && yiClans?.has(span.slice(0, 2)) && yiGiven(span.slice(2))) return true;
  return partsOf(span, max);
}

/** A Yi given name of two characters after a clan's name: no word of grammar, no person verb (出席, 主持), no word that
 * opens what a person does (马海 + 先后发言, 沙马 + 依次, 阿苏 + 已经: name-followers.tsv, words and adverbs). */
function yiGiven(given: string): boolean {
  return /^[\u4e00-\u9fff]{2}$/.test(given) && !NOT_GIVEN.test(given) && getLexicon().personVerbs.prefix.longestMatchAt(given, 0) === null && !OPENERS.has(nameFollowers().get(given) ?? '');
}

/** The kinds of name-followers.tsv that open the predicate after a name. */
const OPENERS: ReadonlySet<string> = new Set(['word', 'adverb']);

/** The span splits into at most `max` parts of the table. */
function partsOf(span: string, max: number): boolean {
  const known = parts as ReadonlySet<string>;
  if (span.length === 0) return true;
  if (max === 0) return false;
  for (let n = Math.min(4, span.length); n >= 2; n--) {
    if (known.has(span.slice(0, n)) && partsOf(span.slice(n), max - 1)) return true;
  }
  return false;
}

/** How many characters of `word` transcribe a syllable (translit-chars.tsv): the share says a transcribed name. */
export function translitCount(word: string): number {
  const translit = getLexicon().translitChars;
  let n = 0;
  for (const ch of word) if (translit.has(ch)) n++;
  return n;
}
