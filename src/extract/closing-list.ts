// The phrase that opens a closing list of participants (出席会议的还有甲、乙; 出席招待会的有：甲、乙; 参加会议的还包括甲;
// 出席会议的县领导有甲、乙):
// everyone named after it attended (attendance.ts), and each item is a name (person-slot.ts).
export const CLOSING_LIST = /(?:出席|参加|列席)[^，。；、]{0,8}?的(?:[省市县区镇乡旗州盟]?领导|同志|嘉宾|人员)?(?:还)?(?:有|包括)[：:]?/;

/** CLOSING_LIST where a clause starts: the words before a post that are no part of it (出席会议的还有 + 副县长某某). */
const CLOSING_LIST_OPENER = new RegExp(`^${CLOSING_LIST.source}`);
/** its first characters: most clauses start with none of them */
const OPENER_FIRST = new Set([...'出参列']);

/** The length of a closing list's opening phrase at `at` (0 when none starts there). */
export function closingListOpenerAt(text: string, at: number, end: number): number {
  if (!OPENER_FIRST.has(text[at] as string)) return 0;
  return CLOSING_LIST_OPENER.exec(text.slice(at, end))?.[0].length ?? 0;
}
