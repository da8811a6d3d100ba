// Reports a meeting heard: 会议听取了县发改局局长甲关于上半年经济运行情况的汇报; 听取和审议了副县长乙受县政府委托
// 所作的关于…的报告，区法院院长丙所作的…报告. The one whose report is heard spoke at the meeting, though no act
// word follows the name: the act (听取) is the meeting's, and the name is its object's owner. Only names inside a
// clause opened by 听取 count, each followed by what makes it the report's author (关于, 所作的, 就, 受…委托).
import type { Found, Sentence } from '../types.js';

/** the meeting's act of hearing, and what may join it (听取和审议了, 听取并讨论了) */
const HEARD = /听取(?:[和并与][^，。；]{1,3}?)?了?/g;
/** what every hearing starts with: a text without it hears no report */
export const HEARD_CUE = '听取';
/** after the author's name: the report is theirs (关于…的汇报, 所作的报告, 就…作说明, 受…委托所作的) */
const AUTHOR_AFTER = /^(?:同志)?(?:受[^，。；]{1,16}?委托)?(?:所作的|所做的|作的|做的|关于|就)/;
/** a hearing ends at a full stop or a semicolon; a comma may join the next report heard (…报告，丙所作的…报告) */
const HEARING_END = /[。；;！？]/;

export interface HeardReport { person: Found; sentence: Sentence }

/** The people whose report a sentence's meeting heard, in text order. */
export function heardReports(text: string, s: Sentence, people: readonly Found[]): HeardReport[] {
  const out: HeardReport[] = [];
  const body = text.slice(s.start, s.end);
  for (const m of body.matchAll(HEARD)) {
    const from = s.start + (m.index ?? 0) + m[0].length;
    const stop = body.slice(from - s.start).search(HEARING_END);
    const to = stop < 0 ? s.end : from + stop;
    for (const p of people) {
      if (p.start < from || p.end > to) continue;
      if (AUTHOR_AFTER.test(text.slice(p.end, Math.min(to, p.end + 24))) && !out.some((o) => o.person === p)) out.push({ person: p, sentence: s });
    }
  }
  return out;
}
