// Scores a record against its gold article: attendance (pairs of meeting and person, then roles), positions,
// reporters (names and credit words), people; and counts credited people reported as attendees.
import type { ArticleRecord } from '../../extract/record.js';
import type { GoldArticle } from './gold.js';
import { answersTo, goldPerson, matchMeetings, norm, normTitle } from './match.js';

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export interface ArticleScore {
  attendance: Counts;
  /** attendance pairs found whose roles are exactly the gold ones (or one of its rolesAlso) */
  rolesExact: number;
  positions: Counts;
  people: Counts;
  reportersExact: boolean;
  /** credited people the record lists as attendees where the gold does not (must be 0) */
  reporterAttendees: string[];
  /** a short account of what went wrong, for `kg eval --errors` */
  errors: string[];
}

const ZERO = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

export function scoreArticle(r: ArticleRecord | undefined, g: GoldArticle): ArticleScore {
  const s: ArticleScore = { attendance: ZERO(), rolesExact: 0, positions: ZERO(), people: ZERO(), reportersExact: false, reporterAttendees: [], errors: [] };
  const goldPairs = new Map<string, { roles: string[][] }>();
  g.meetings.forEach((m, mi) => {
    if (!m.reported) return;
    for (const a of m.attendees) goldPairs.set(`${mi}|${a.person}`, { roles: [a.roles, ...(a.rolesAlso ?? [])].map((x) => [...x].sort()) });
  });
  s.attendance.gold = goldPairs.size;
  s.positions.gold = g.positions.length;
  s.people.gold = g.people.length;
  if (!r) {
    s.errors.push(`${g.id}: no record`);
    return s;
  }
  // attendance
  const owner = matchMeetings(r.meetings, g.meetings);
  const reporters = new Set(g.reporters.map((x) => norm(x.name)));
  r.meetings.forEach((m, i) => {
    for (const a of m.attendees) {
      s.attendance.pred++;
      const person = goldPerson(g, a.person) ?? a.person;
      const gp = goldPairs.get(`${owner[i]}|${person}`);
      // (a credited person the text says attended, 审核 甲 and 甲应邀出席, is an attendee in the gold too: no error)
      if (reporters.has(norm(a.person)) && !gp) s.reporterAttendees.push(a.person);
      if (!gp) { s.errors.push(`${g.id}: false attendee ${a.person} ${a.roles.join('+')} of ${m.name}`); continue; }
      s.attendance.tp++;
      const roles = [...a.roles].sort().join();
      if (gp.roles.some((x) => x.join() === roles)) s.rolesExact++;
      else s.errors.push(`${g.id}: roles of ${a.person} at ${m.name}: ${a.roles.join('+')} (gold ${gp.roles.map((x) => x.join('+')).join(' or ')})`);
      goldPairs.delete(`${owner[i]}|${person}`);
    }
  });
  for (const k of goldPairs.keys()) s.errors.push(`${g.id}: missed attendee ${k.split('|')[1]} of ${g.meetings[Number(k.split('|')[0])]?.name}`);
  // positions
  const names = answersTo(r);
  const left = [...g.positions];
  for (const p of r.positions) {
    s.positions.pred++;
    const person = goldPerson(g, p.person) ?? p.person;
    const orgNames = p.organization ? names.get(norm(p.organization)) ?? new Set([norm(p.organization)]) : new Set<string>();
    const i = left.findIndex((x) => x.person === person && normTitle(x.title, x.organization) === normTitle(p.title, p.organization) &&
      (x.organization === null ? p.organization === null : [x.organization, ...(x.also ?? [])].some((o) => orgNames.has(norm(o)))));
    if (i >= 0) { s.positions.tp++; left.splice(i, 1); }
    else s.errors.push(`${g.id}: false position ${p.person} ${p.title} ${p.organization ?? '-'}`);
  }
  for (const x of left) s.errors.push(`${g.id}: missed position ${x.person} ${x.title} ${x.organization ?? '-'}`);
  // people
  const persons = r.entities.filter((e) => e.type === 'person');
  s.people.pred = persons.length;
  const found = new Set<string>();
  for (const e of persons) {
    const p = [e.name, ...e.aliases].map((n) => goldPerson(g, n)).find((x) => x !== null);
    if (p && !found.has(p)) { found.add(p); s.people.tp++; } else if (!p) s.errors.push(`${g.id}: false person ${e.name}`);
  }
  for (const p of g.people) if (!found.has(p)) s.errors.push(`${g.id}: missed person ${p}`);
  // reporters: the same names with the same credit words
  const got = (r.credits ?? []).map((c) => `${norm(c.name)}:${creditWord(c.role)}`).sort().join();
  const want = g.reporters.map((c) => `${norm(c.name)}:${creditWord(c.role)}`).sort().join();
  s.reportersExact = got === want;
  if (!s.reportersExact) s.errors.push(`${g.id}: reporters ${got || '-'} (gold ${want || '-'})`);
  for (const p of s.reporterAttendees) s.errors.push(`${g.id}: REPORTER AS ATTENDEE ${p}`);
  return s;
}

/** A credit word as compared: the newsroom's own prefix aside (本报记者 and 融媒体中心记者 are the newsroom's 记者; a gold
 * file writes either). */
function creditWord(role: string | null | undefined): string {
  return norm(role).replace(/^(?:本报|本台|本刊|融媒体中心|融媒体|融媒)(?=记者|通讯员|特约)/, '');
}
