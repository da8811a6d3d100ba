// The phrase that opens a closing list of participants (出席会议的还有甲、乙; 出席招待会的有：甲、乙; 参加会议的还包括甲):
// everyone named after it attended (attendance.ts), and each item is a name (person-slot.ts).
export const CLOSING_LIST = /(?:出席|参加|列席)[^，。；、]{0,8}?的(?:领导|同志|嘉宾|人员)?(?:还)?(?:有|包括)[：:]?/;
