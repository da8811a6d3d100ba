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
export function formerMarkCut(word: string, tag: string, after = ''): number | null {
  if (word.length !== 2 || word.charCodeAt(1) !== FORMER_UNIT) return null;
  const first = word.charCodeAt(0);
  // (a word of jieba's own, 镇原/ns or 乡原/n, is a level and the mark where a body or a post follows it: 柳湾镇原党委副书记)
  if (tag !== 'x') return LEVELS_BEFORE_FORMER.has(first) && BODY_OR_POST_AFTER.test(after) ? 1 : null;
  return BEFORE_FORMER.has(first) || GRAMMAR_BEFORE_FORMER.has(first) ? 1 : null;
}

/** Levels that jieba reads with 原 as a word of its own (镇原 a county of Gansu, 乡原 a word). */
const LEVELS_BEFORE_FORMER = new Set([...'镇乡村县区'].map((c) => c.charCodeAt(0)));
/** A level's body or post right after 原 (党委, 党支部, 人民政府, 副书记, 镇长): 原 is the mark of a former post there. */
const BODY_OR_POST_AFTER = /^(?:党委|党工委|党组|党支部|党总支|纪委|人大|人民政府|政府|副|书记|主任|[镇乡村县区]长|村委)/;
