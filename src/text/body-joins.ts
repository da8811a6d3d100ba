// A conjunction between two bodies' names that jieba reads into the next name's region level: 县发改局和县财政局 is
// cut 县发/x 改局/x 和县/ns 财政局/nt (和县 is a county of Anhui), 区委办和区财政局 as 区委/n 办和区/x 财政局/nt,
// 县公安局及县司法局 as 县公安局/n 及县/x 司法局/nt, 县科学技术局及县财政局 as 科学技术/n 局及/x 县/zg. Local news joins its bodies so in nearly every report of a joint
// meeting; read as jieba cuts it, two bodies become one, and 和县 becomes the page's region. The word is cut again
// where the conjunction stands when the character before it ends a body's name (局, 委, 办 …) and a region level
// follows it; the words 和县 and 任县 wherever a name or a body stands before them (COUNTY_AFTER: where the county
// is meant).

import { isHanCode } from './han.js';

/** Conjunctions that join two bodies (甲局和乙局, 甲局与乙局, 甲局及乙局). */
const JOINS = new Set([...'和与及'].map((c) => c.charCodeAt(0)));
/** Region levels a body's name begins with (县财政局, 区委, 市政府). */
const LEVELS = new Set([...'省市县区州镇乡旗'].map((c) => c.charCodeAt(0)));
/**
 * Last characters of bodies' names (局, 委, 办, 院 …; 政府's 府, 中心's 心): a conjunction after one joins two bodies.
 * Region levels are not among them: after 省 or 市, 和县 is the county.
 */
const BODY_LAST = new Set([...'局委办院部厅处所站队会社司府心组室团联协校学馆行厂场园台'].map((c) => c.charCodeAt(0)));

/**
 * The counties whose names are a joining or appointing word and a level (和县 of Anhui, 任县 of Hebei): after a name
 * as after a body (县委书记甲和县财政局局长乙, 甲任县财政局局长) they are 和 + 县 and 任 + 县. They are the counties at a
 * clause's start, after their province or city (安徽省和县, 邢台市任县) and after a word of place or being (在和县,
 * 来自和县, 赴和县, 有和县).
 */
const COUNTIES = new Set(['和县', '任县']);
const COUNTY_AFTER = new Set([...'省市州在到赴自往至于从经去来有是为'].map((c) => c.charCodeAt(0)));

/**
 * Where to cut `word` (a token of jieba's) so that a conjunction joining two bodies stands alone: the offsets inside
 * the word, or null when none. `before` and `after` are the codes of the characters around the word (NaN at the
 * text's ends): the conjunction may be the word's first character (和县), its last (局及/x + 县), or inside (办和区/x).
 */
export function bodyJoinCuts(word: string, before: number, after: number): number[] | null {
  if (COUNTIES.has(word)) return isHanCode(before) && !COUNTY_AFTER.has(before) ? [1] : null;
  for (let i = 0; i < word.length; i++) {
    if (!JOINS.has(word.charCodeAt(i))) continue;
    const last = i === 0 ? before : word.charCodeAt(i - 1);
    const next = i + 1 === word.length ? after : word.charCodeAt(i + 1);
    if (!BODY_LAST.has(last) || !LEVELS.has(next)) continue;
    const cuts = [i, i + 1].filter((c) => c > 0 && c < word.length);
    return cuts.length ? cuts : null;
  }
  return null;
}
