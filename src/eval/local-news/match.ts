// Matching a record's finds to its gold article: names compared as a reader would (width, spaces and quotes
// aside; a gold name's `also` forms and an entity's aliases count), meetings by name, else the one reported
// meeting on each side.
import type { ArticleRecord, Meeting } from '../../extract/record.js';
import type { GoldArticle, GoldMeeting } from './gold.js';
import { toSimplified } from '../../text/simplify.js';

/** A name as a reader compares it: width, spaces, quotes and script (traditional or simplified) aside. kg names an
 * entity in simplified characters and keeps a traditional surface as an alias; a gold file may write either. An
 * autonomous division's committee is written with its level once or twice (某某彝族自治县委, 某某彝族自治县县委): one
 * name. */
export function norm(s: string | null | undefined): string {
  return toSimplified(String(s ?? '').normalize('NFKC').replace(/[\s\u3000“”"「」『』《》]/g, '')).replace(/自治(县|州|旗)\1委/g, '自治$1委');
}

/** A post as a reader compares it, with its body: a post in a party group or committee is written with the party
 * body's word or without it (党组书记 or 书记 of 某局党组, 党组成员 or 成员); writers use both. */
export function normTitle(title: string, body: string | null = null): string {
  const t = norm(title);
  const party = /(党组|党委|党工委)$/.exec(norm(body));
  if (party && t.startsWith(party[1] as string) && t.length > (party[1] as string).length) return t.slice((party[1] as string).length);
  return t.replace(/^(?:党组|党委)成员$/, '成员');
}

/** Every name a record's entity answers to, by its canonical name. */
export function answersTo(r: ArticleRecord): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of r.entities) {
    const all = new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(norm));
    out.set(norm(e.name), new Set([...(out.get(norm(e.name)) ?? []), ...all]));
  }
  return out;
}

/** The gold name a predicted person name stands for (itself, or an alias the gold lists for it), or null. */
export function goldPerson(g: GoldArticle, name: string): string | null {
  const n = norm(name);
  for (const p of g.people) if (norm(p) === n || (g.aliases?.[p] ?? []).some((a) => norm(a) === n)) return p;
  return null;
}

function meetingNames(m: GoldMeeting): string[] {
  return [m.name, ...(m.also ?? [])].map(norm).filter((x) => x.length > 0);
}

/**
 * How well a predicted meeting's name fits a gold one: 3 the same name, 2 one holds the other and they differ by
 * the organizer or region written before (four characters at least), 0 none.
 */
function fit(p: Meeting, g: GoldMeeting): number {
  const pn = norm(p.name);
  let best = 0;
  for (const n of meetingNames(g)) {
    if (n === pn) return 3;
    if (Math.min(n.length, pn.length) >= 4 && (n.endsWith(pn) || pn.endsWith(n))) best = Math.max(best, 2);
    else if (Math.min(n.length, pn.length) >= 4 && (n.includes(pn) || pn.includes(n))) best = Math.max(best, 1);
  }
  return best;
}

/** For each predicted meeting, the index of the gold meeting it is (or -1): best fits first, one to one. */
export function matchMeetings(predicted: readonly Meeting[], gold: readonly GoldMeeting[]): number[] {
  const out = predicted.map(() => -1);
  const taken = new Set<number>();
  const pairs: { p: number; g: number; f: number }[] = [];
  predicted.forEach((p, pi) => gold.forEach((g, gi) => { const f = fit(p, g); if (f > 0) pairs.push({ p: pi, g: gi, f }); }));
  pairs.sort((a, b) => b.f - a.f || (predicted[b.p]?.attendees.length ?? 0) - (predicted[a.p]?.attendees.length ?? 0));
  for (const x of pairs) {
    if (out[x.p] !== -1 || taken.has(x.g)) continue;
    out[x.p] = x.g;
    taken.add(x.g);
  }
  // one reported meeting on each side, still unmatched: the same meeting under another name
  const pr = predicted.map((p, i) => (p.reported && out[i] === -1 ? i : -1)).filter((i) => i >= 0);
  const gr = gold.map((g, i) => (g.reported && !taken.has(i) ? i : -1)).filter((i) => i >= 0);
  if (pr.length === 1 && gr.length === 1) out[pr[0] as number] = gr[0] as number;
  return out;
}
