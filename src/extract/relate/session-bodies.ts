// A congress's session names its own bodies short: 大会执行主席, 大会秘书长, 大会主席团常务主席, 大会第一次全体会议执行主席
// in the report of 某县第十八届人民代表大会第四次会议 (or of 政协某县第十一届委员会第五次会议) are posts of that session's
// presidium (主席团), which the session elects at its preparatory meeting and which ends with it. 大会 is the session
// the article reports; the presidium is named by the session's full name.
import type { Found } from '../types.js';
import { canonicalOf } from '../entities.js';

/** The short names of the session before a post: 大会, 大会主席团, 大会第一次全体会议 (the sitting a chair presides). */
const SESSION_SHORT = /^大会(?:主席团|第[0-9一二三四五六七八九十]+次全体会议)?$/;
/** The bodies a session is of: a people's congress or a political consultative conference, of some term. */
const SESSION_BODY = /(?:人民代表大会|委员会)$/;
/** …and its sitting written right after the body (第四次会议). */
const SITTING = /^第[0-9一二三四五六七八九十]+次会议/;

/**
 * The presidium of the session the short name `short` (found at `at`) stands for: the congress body found before
 * `at` (else the first in the article) whose sitting is written right after it; null when `short` is no short name
 * of a session or the article names no session.
 */
export function sessionPresidium(found: readonly Found[], text: string, short: string, at: number): { name: string; kind: string } | null {
  if (!SESSION_SHORT.test(short)) return null;
  let best: { name: string; kind: string } | null = null;
  for (const f of found) {
    if (f.type !== 'organization' || !SESSION_BODY.test(f.text)) continue;
    const sitting = SITTING.exec(text.slice(f.end, f.end + 8));
    if (!sitting) continue;
    const session = { name: `${canonicalOf(f)}${sitting[0]}主席团`, kind: 'legislature' };
    if (f.start < at || !best) best = session;
    if (f.start >= at) break;
  }
  return best;
}
