// The local-news corpus (examples/local-news: articles and pages written for the project, each with a hand-made
// gold) scored as `kg eval --part local` scores it. The floors are regression gates a little under today's figures
// (README § Quality): a change that loses attendance, roles, posts or credits on this corpus fails here, as does
// one that reads a reporter as an attendee. Rewrites substitute every person, place and date of each article.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/eval/local-news/load.js';
import { scoreCorpus, scoreCorpusRewritten, type CorpusScore } from '../../src/eval/local-news/run.js';
import type { Counts } from '../../src/eval/local-news/score.js';

const files = loadCorpus();

function f1(c: Counts): number {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function floors(s: CorpusScore, at: { attendance: number; roles: number; positions: number; people: number; reporters: number }): void {
  const show = s.errors.slice(0, 20).join('\n');
  expect(f1(s.attendance), `attendance F1\n${show}`).toBeGreaterThanOrEqual(at.attendance);
  expect(s.rolesExact / Math.max(1, s.attendance.tp), `roles exact\n${show}`).toBeGreaterThanOrEqual(at.roles);
  expect(f1(s.positions), `positions F1\n${show}`).toBeGreaterThanOrEqual(at.positions);
  expect(f1(s.people), `people F1\n${show}`).toBeGreaterThanOrEqual(at.people);
  expect(s.reportersExact / Math.max(1, s.articles), `reporters exact\n${show}`).toBeGreaterThanOrEqual(at.reporters);
  expect(s.reporterAttendees, 'reporters listed as attendees').toBe(0);
}

describe('local-news corpus', () => {
  it('holds at least 1190 articles, every gold article beside its input', () => {
    const articles = files.reduce((n, f) => n + f.gold.length, 0);
    expect(articles).toBeGreaterThanOrEqual(1190);
    for (const f of files) {
      const ids = new Set(f.inputs.map((i) => (i.kind === 'record' ? i.id : null)));
      for (const g of f.gold) if (f.inputs[0]?.kind === 'record') expect(ids.has(g.id), `${f.source}: gold ${g.id} has no article`).toBe(true);
    }
  });

  it('as written: attendance, roles, posts, people and credits above their floors', () => {
    floors(scoreCorpus(files), { attendance: 0.86, roles: 0.945, positions: 0.84, people: 0.95, reporters: 0.96 });
  });

  it('rewritten with other names, places and dates (2 rewrites of each article): the floors hold', () => {
    floors(scoreCorpusRewritten(files, 2), { attendance: 0.865, roles: 0.945, positions: 0.84, people: 0.95, reporters: 0.955 });
  });
});
