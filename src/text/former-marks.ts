// 原 (former) written between a region or a body and what follows it: 某县原交通运输局 (a bureau since merged),
// 某局原局长 (its former head). jieba reads an unknown name's last character and 原 as one word (县原/x, 局原/x), so
// the body ran on over 原 (某县原交通运输局, 某局原局) and the post read after it was taken as held today. The word is
// cut again before 原, which then stands alone as the mark of a former post (relate/positions.ts reads it so).
// Only where jieba knows no such word: 镇原 and 五原 (counties of Gansu and Inner Mongolia) are words of its own.

/** Region levels and the last characters of bodies' names (县, 市, 局, 委, 院 …) that 原 may follow (村: 某村原党支部书记). */
export const BEFORE_FORMER = new Set([...'省市县区州镇乡村旗局委办院部厅处所站队会社司府心组室团联协校馆行厂'].map((c) => c.charCodeAt(0)));
const FORMER = '原';
/** 原 by code unit, for the readers of the mark (relate/former-posts.ts, recognise/place-slot.ts). */
export const FORMER_UNIT = FORMER.charCodeAt(0);

/** Prepositions jieba glues to 原 as an unknown word (会议由原/x + 县委书记 + 某某主持): 原 opens the former post after them. */
const GRAMMAR_BEFORE_FORMER = new Set([...'由在对向与和及任将把被经'].map((c) => c.charCodeAt(0)));

/** Where to cut a word of jieba's (tagged `tag`) so that 原 after a region, a body or a preposition stands alone, or null. */
export function formerMarkCut(word: string, tag: string): number | null {
  if (word.length !== 2 || tag !== 'x' || word.charCodeAt(1) !== FORMER_UNIT) return null;
  const first = word.charCodeAt(0);
  return BEFORE_FORMER.has(first) || GRAMMAR_BEFORE_FORMER.has(first) ? 1 : null;
}
