// A party committee's plenary session has a formal name and a short one: 中国共产党某某区第九届委员会第六次全体会议
// and 区委九届六次全会 (or 中共某某县委十四届八次全会). Both give the same key — the level of the committee, its
// term and the session's number — so that a headline's short name is found to mean the body's formal one.

const NUM = '[0-9一二三四五六七八九十百〇]+';
/** 中国共产党(某某)区第九届委员会第六次全体会议 */
const FORMAL = new RegExp(`^(?:中国共产党|中共)[^第]{0,12}?(省|市|区|县|旗|州|镇|乡)第(${NUM})届委员会第(${NUM})次全体会议$`);
/** (中共)(某某)区委(第)九届(第)六次全会 */
const SHORT = new RegExp(`^(?:中国共产党|中共)?[^届]{0,12}?(省|市|区|县|旗|州|镇|乡)委(?:第)?(${NUM})届(?:第)?(${NUM})次全(?:会|体会议)$`);

/** The key of a plenary session's name (level|term|session), or null for any other meeting. */
export function plenumKey(name: string): string | null {
  const m = FORMAL.exec(name) ?? SHORT.exec(name);
  return m ? `${m[1]}|${m[2]}|${m[3]}` : null;
}
