// The words of a sentence that reports what is to be done, not what was done: a meeting's or a leader's words
// reported (会议强调, 某某要求, 某某表示) and, after them in the same sentence, a word that puts the act ahead (要, 将,
// 欢迎). An event named after both (会议强调，要…扎实开展某某活动; 某某表示，将…并欢迎…开展送教活动) is one to be
// held, never one reported held (relate/meetings.ts). One typed table, each group with its reason.

export interface DirectiveWordGroup {
  readonly words: readonly string[];
  readonly why: string;
}

export const DIRECTIVE_WORDS = {
  reports: {
    words: ['强调', '要求', '指出', '提出', '号召', '希望', '表示'],
    why: 'a speaker\'s or a meeting\'s words reported: what follows in the sentence is what they said',
  },
  ahead: {
    words: ['要', '将', '欢迎'],
    why: 'what was said puts the act ahead: a duty (要), a plan (将), an invitation (欢迎)',
  },
} as const satisfies Record<string, DirectiveWordGroup>;

/** The text before an event's name, from its sentence's start, reports a directive or a promise up to it. */
export const DIRECTIVE_BEFORE = new RegExp(`(?:${DIRECTIVE_WORDS.reports.words.join('|')})[，,：:]?[^。；]*(?:${DIRECTIVE_WORDS.ahead.words.join('|')})[^。；]*$`);

/**
 * Words before an event's name in its clause that tell of sittings held before or as a habit, not of the one the
 * article reports: 曾 (某某曾代表某县参加全省运动会), a count of times (今年以来已3次列席, 多次参加), a routine (每年, 定期).
 * One typed table, each group with its reason.
 */
export const NOT_THIS_SITTING = {
  past: { words: ['曾经', '曾'], why: 'what the person once did: a sitting long before the article\'s' },
  count: { words: ['多次', '屡次', '数次', '几次', '历次', '历届'], why: 'how often, not one sitting' },
  routine: { words: ['每年', '每届', '每季度', '每月', '每周', '定期', '常态化'], why: 'a habit, not one sitting' },
} as const satisfies Record<string, DirectiveWordGroup>;

/** A count of times after a word that counts (已3次, 先后两次, 累计5次): not a sitting's own number (第三次, 十八届人大四次会议). */
const TIMES = '(?:已经?|共|先后|累计|连续)[0-9０-９一二两三四五六七八九十]+次';

/** The clause before an event's name (from the last comma or semicolon) holds a word of NOT_THIS_SITTING. */
export const NOT_THIS_SITTING_BEFORE = new RegExp(`(?:${Object.values(NOT_THIS_SITTING).flatMap((g) => g.words).join('|')}|${TIMES})[^，,。；;]*$`);
