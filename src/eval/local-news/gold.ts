// The gold of the local-news corpus (examples/local-news/gold/**/*.gold.json): what a careful reader says each
// article states — its writers, people, meetings with attendees and roles, and positions. Written by hand for the
// project beside the articles; docs/local-news-corpus.md describes the fields.
import type { AttendanceRole } from '../../extract/record.js';

export interface GoldAttendee {
  person: string;
  roles: AttendanceRole[];
  /** other accepted role sets */
  rolesAlso?: AttendanceRole[][];
}

export interface GoldMeeting {
  name: string;
  also?: string[];
  reported: boolean;
  startDate: string | null;
  endDate: string | null;
  attendees: GoldAttendee[];
}

export interface GoldPosition {
  person: string;
  title: string;
  organization: string | null;
  also?: string[];
}

export interface GoldArticle {
  id: string;
  /** the first characters of the body as printed (pages: matches the article to a record) */
  firstLine?: string;
  date?: string;
  reporters: { name: string; role: string }[];
  people: string[];
  /** other surfaces of people (traditional forms), when given */
  aliases?: Record<string, string[]>;
  places: string[];
  meetings: GoldMeeting[];
  positions: GoldPosition[];
}

export interface GoldFile {
  articles: GoldArticle[];
}

/** Checks the shape of a parsed gold file; throws naming the file and the problem. */
export function checkGold(file: string, g: unknown): GoldFile {
  const bad = (why: string): never => { throw new Error(`${file}: ${why}`); };
  if (!g || typeof g !== 'object' || !Array.isArray((g as GoldFile).articles)) bad('no "articles" list');
  for (const a of (g as GoldFile).articles) {
    if (typeof a.id !== 'string') bad('an article without an id');
    for (const key of ['reporters', 'people', 'places', 'meetings', 'positions'] as const) {
      if (!Array.isArray(a[key])) bad(`article ${a.id}: "${key}" is not a list`);
    }
    for (const m of a.meetings) if (!Array.isArray(m.attendees)) bad(`article ${a.id}: meeting "${m.name}" has no "attendees" list (write [] for none)`);
  }
  return g as GoldFile;
}
