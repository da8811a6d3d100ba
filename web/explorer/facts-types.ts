// The shapes of the side panel's answers (queries.ts, factsQuery) and the filters they are read through.
import type { ApiEvidence, ApiNode, AttendanceRole } from './model.js';
import type { Filters } from './view-state.js';

export interface Position { title: string; firstSeen: string | null; lastSeen: string | null; evidence: ApiEvidence[] }
export interface HeldPosition extends Position { organization: ApiNode | null }
export interface MemberPosition extends Position { person: ApiNode }
export interface Attendance { roles: AttendanceRole[]; order: number | null; evidence: ApiEvidence[] }

export interface Facts extends ApiNode {
  positions?: HeldPosition[];
  attended?: (Attendance & { meeting: ApiNode & { place: ApiNode | null; organizer: ApiNode | null } })[];
  coAttendees?: { count: number; person: ApiNode; meetings: ApiNode[] }[];
  wrote?: ApiNode[];
  partOf?: ApiNode[];
  children?: ApiNode[];
  members?: MemberPosition[];
  meetingsOrganized?: ApiNode[];
  place?: ApiNode | null;
  organizer?: ApiNode | null;
  recognitions?: { title: string; year: number | null; by: ApiNode | null; evidence: ApiEvidence[] }[];
  attendees?: (Attendance & { person: ApiNode })[];
  articles?: ApiNode[];
  headlines?: string[];
  reporters?: ApiNode[];
  meetings?: ApiNode[];
}

/** The filter's date range over [start, end] (as the server's rule: undated rows fall out when a bound is set). */
export function overlaps(start: string | null | undefined, end: string | null | undefined, f: Filters): boolean {
  if (!f.from && !f.to) return true;
  if (!start) return false;
  return (!f.to || start <= f.to) && (!f.from || (end ?? start) >= f.from);
}

export const roleKept = (roles: readonly AttendanceRole[], f: Filters): boolean => !f.roles || roles.some((r) => f.roles?.includes(r));
