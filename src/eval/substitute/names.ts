// Generates people's names of every shape (name-shapes.ts), seeded, for the substitution tier.
import { getLexicon } from '../../lexicon/lexicon.js';
import type { Rng } from './rng.js';
import {
  DOTTED_PARTS, FOREIGN_PARTS, GIVEN_CHARS, HAN_SHAPES, HARD_ENDINGS, TIBETAN_PARTS, WORD_NAMES, type NameShape,
} from './name-shapes.js';

const GIVEN = [...new Set(GIVEN_CHARS)];

interface Surnames { common: string[]; rare: string[]; compound: string[] }
let surnames: Surnames | undefined;

function surnameTable(): Surnames {
  if (surnames) return surnames;
  const entries = getLexicon().surnames.entries;
  surnames = {
    common: entries.filter((e) => e.common && !e.compound).map((e) => e.surname),
    rare: entries.filter((e) => !e.common && !e.compound).map((e) => e.surname),
    compound: entries.filter((e) => e.compound).map((e) => e.surname),
  };
  return surnames;
}

function given(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick(GIVEN);
  return s;
}

/** One name of the given shape. */
export function nameOfShape(rng: Rng, shape: NameShape): string {
  const t = surnameTable();
  switch (shape) {
    case 'common-2': return rng.pick(t.common) + given(rng, 1);
    case 'common-3': return rng.pick(t.common) + given(rng, 2);
    case 'one-char-given': return rng.pick(t.common) + rng.pick(GIVEN);
    case 'rare-surname': return rng.pick(t.rare) + given(rng, 1 + rng.int(2));
    case 'compound-surname': return rng.pick(t.compound) + given(rng, 1 + rng.int(2));
    case 'word-name': return rng.pick(WORD_NAMES);
    case 'hard-ending': return rng.pick(t.common) + given(rng, 1) + rng.pick(HARD_ENDINGS);
    case 'dotted': {
      const a = rng.pick(DOTTED_PARTS);
      let b = rng.pick(DOTTED_PARTS);
      while (b === a) b = rng.pick(DOTTED_PARTS);
      return `${a}·${b}`;
    }
    case 'tibetan': {
      const a = rng.pick(TIBETAN_PARTS);
      let b = rng.pick(TIBETAN_PARTS);
      while (b === a) b = rng.pick(TIBETAN_PARTS);
      return a + b;
    }
  }
}

/** A Han-slot name: a shape drawn by the weights of HAN_SHAPES, then a name of it. */
export function drawName(rng: Rng): { name: string; shape: NameShape } {
  const total = HAN_SHAPES.reduce((s, x) => s + x.weight, 0);
  let r = rng.int(total);
  for (const x of HAN_SHAPES) {
    if (r < x.weight) return { name: nameOfShape(rng, x.shape), shape: x.shape };
    r -= x.weight;
  }
  throw new Error('drawName: weights');
}

/** A foreign name of two parts joined by ·, the first sometimes itself two parts joined by - (让-米歇尔). */
export function drawForeignName(rng: Rng): { name: string; last: string } {
  let first = rng.pick(FOREIGN_PARTS);
  if (rng.int(5) === 0) first = `${first}-${rng.pick(FOREIGN_PARTS)}`;
  // the family name comes last and has two characters or more (a one-character 让 is a first name)
  let last = rng.pick(FOREIGN_PARTS);
  while (first.includes(last) || last.length < 2) last = rng.pick(FOREIGN_PARTS);
  return { name: `${first}·${last}`, last };
}
