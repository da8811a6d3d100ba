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
