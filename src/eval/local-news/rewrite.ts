// The substitution tier on the local-news corpus: an article and its gold rewritten alike — every person the
// gold names replaced by a generated name of any shape, every county, district, city or town by a real one of
// the same level, every date shifted — so that the corpus's scores can be measured on names nobody tuned for.
import type { GoldArticle } from './gold.js';
import type { ExampleInput } from '../substitute/example.js';
import { drawShift, shiftIsoDate, type DateShift } from '../substitute/dates.js';
import { drawName } from '../substitute/names.js';
import { realPlaceLike } from '../substitute/plan.js';
import { rewriteText, stringRewriter } from '../substitute/rewrite.js';
import type { Substitution } from '../substitute/plan.js';
import { makeRng } from '../substitute/rng.js';

function occurs(texts: readonly string[], s: string): boolean {
  return texts.some((t) => t.replace(/[ \t\u3000\r\n]/g, '').includes(s));
}

/** The substitutions of one article's gold: people (not inside another gold name) and places of a known level. */
function plan(g: GoldArticle, texts: readonly string[], seed: number): { subs: Substitution[]; shift: DateShift } {
  const rng = makeRng(seed);
  const others = [...g.people, ...g.places, ...g.positions.map((p) => p.organization ?? ''), ...g.meetings.map((m) => m.name)];
  const inside = (n: string): boolean => others.some((o) => o !== n && o.includes(n) && g.people.includes(o));
  const used = new Set<string>();
  const fresh = (s: string): boolean => !used.has(s) && !occurs(texts, s) && ![...used].some((u) => u.includes(s) || s.includes(u));
  const subs: Substitution[] = [];
  for (const p of g.people) {
    if (!occurs(texts, p) || inside(p) || p.includes('·')) continue;
    for (let tries = 0; tries < 20; tries++) {
      const d = drawName(rng);
      if (!fresh(d.name)) continue;
      used.add(d.name);
      subs.push({ from: p, to: d.name, originals: g.aliases?.[p] ?? [], what: 'person', shape: d.shape });
      break;
    }
  }
  for (const place of g.places) {
    if (!occurs(texts, place)) continue;
    const real = realPlaceLike(place, rng, fresh);
    if (!real) continue;
    used.add(real);
    subs.push({ from: place, to: real, originals: [], what: 'place' });
  }
  const shift = drawShift(rng, texts, [g.date ?? '', ...g.meetings.flatMap((m) => [m.startDate ?? '', m.endDate ?? ''])].filter(Boolean));
  return { subs, shift };
}

/** The article (one input) and its gold, rewritten by the seed. Pages rewrite all their articles' people at once. */
export function rewriteCorpusInput(input: ExampleInput, golds: readonly GoldArticle[], seed: number): { input: ExampleInput; golds: GoldArticle[] } {
  const texts = [input.text, ...(input.kind === 'record' && input.title ? [input.title] : [])];
  const merged: GoldArticle = {
    id: '', reporters: [], people: [...new Set(golds.flatMap((g) => g.people))], places: [...new Set(golds.flatMap((g) => g.places))],
    meetings: golds.flatMap((g) => g.meetings), positions: golds.flatMap((g) => g.positions),
    aliases: Object.assign({}, ...golds.map((g) => g.aliases ?? {})), date: golds[0]?.date ?? '',
  };
  const { subs, shift } = plan(merged, texts, seed);
  const body = rewriteText(input.text, subs, shift).text;
  const rw = stringRewriter(subs, shift);
  const iso = (d: string | null | undefined): string | null => (d ? shiftIsoDate(d, shift) : null);
  const out: ExampleInput = input.kind === 'record'
    ? { ...input, text: body, ...(input.title ? { title: rewriteText(input.title, subs, shift).text } : {}), ...(input.date ? { date: shiftIsoDate(input.date, shift) } : {}) }
    : { ...input, text: body };
  return {
    input: out,
    golds: golds.map((g) => ({
      ...g,
      ...(g.firstLine ? { firstLine: rw(g.firstLine) } : {}),
      ...(g.date ? { date: shiftIsoDate(g.date, shift) } : {}),
      reporters: g.reporters.map((x) => ({ ...x, name: rw(x.name) })),
      people: g.people.map(rw),
      aliases: Object.fromEntries(Object.entries(g.aliases ?? {}).map(([k, v]) => [rw(k), v.map(rw)])),
      places: g.places.map(rw),
      meetings: g.meetings.map((m) => ({ ...m, name: rw(m.name), also: (m.also ?? []).map(rw), startDate: iso(m.startDate), endDate: iso(m.endDate),
        attendees: m.attendees.map((a) => ({ ...a, person: rw(a.person) })) })),
      positions: g.positions.map((p) => ({ ...p, person: rw(p.person), organization: p.organization === null ? null : rw(p.organization), also: (p.also ?? []).map(rw) })),
    })),
  };
}
