// Posts elected at a body's congress are posts of that body: 某商会第三届会员大会暨换届大会 … 甲当选为会长，乙、丙当选为
// 常务副会长 — the elections name no body, the congress's holder is it. Only where the article reports one such
// congress held by one body: two bodies' congresses leave a bare post bare.
import type { FoundMeeting } from './meetings.js';
import { canonicalOf } from '../entities.js';
import type { Found } from '../types.js';
import { regionTitle } from './words.js';

/** The meetings that elect a body's leaders (会员大会, 代表大会, 换届大会, 选举大会): written in the meeting's name. */
const ELECTING = /(?:会员大会|会员代表大会|代表大会|换届大会|换届选举大会|选举大会)/;

/** The body whose congress the article reports, when exactly one holds one; else null. */
export function congressBody(meetings: readonly FoundMeeting[]): string | null {
  const bodies = new Set<string>();
  for (const m of meetings) {
    if (!m.reported || !ELECTING.test(m.name) || !m.organizer || m.organizer.type !== 'organization') continue;
    bodies.add(canonicalOf(m.organizer as Found));
  }
  return bodies.size === 1 ? ([...bodies][0] as string) : null;
}

/** A post elected with no body (rule position.appointed), not a region's own post (县长): the congress's body's. */
export function electedAt(title: string, organization: string | null, rule: string, body: string | null): string | null {
  if (!body || organization !== null || rule !== 'position.appointed' || regionTitle(title)) return null;
  return body;
}
