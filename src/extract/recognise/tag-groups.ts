// jieba's part-of-speech tags in named groups, one table: the recognisers build the sets of tags a name never holds
// (or never ends in) from the groups, so that two readers that mean the same grammar name the same groups.

export const TAG_GROUPS = {
  /** verbs, verbal adverbs and verbal nouns */
  verb: ['v', 'vd', 'vn'],
  /** a verb's morpheme (a single character jieba could not place) */
  verbMorpheme: ['vg'],
  adverb: ['d'],
  adjective: ['a'],
  /** an adjective used as an adverb */
  adverbialAdjective: ['ad'],
  preposition: ['p'],
  conjunction: ['c'],
  pronoun: ['r'],
  numeral: ['m'],
  measure: ['q'],
  /** 的, 了, 着, 地, 得, 过 and their kin */
  particle: ['u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv'],
  /** 上, 下, 前, 后, 中, 内 … */
  locative: ['f'],
  time: ['t'],
  /** modal particles and interjections */
  interjection: ['y', 'e'],
  onomatopoeia: ['o'],
} as const;

export type TagGroup = keyof typeof TAG_GROUPS;

/** The tags of the groups, as a set. */
export function tagSet(...groups: TagGroup[]): ReadonlySet<string> {
  return new Set(groups.flatMap((g) => TAG_GROUPS[g]));
}

/** The grammar of a clause, never a place's name: what place-slot.ts and autonomous-level.ts stop at. */
export const CLAUSE_GRAMMAR: readonly TagGroup[] = ['verb', 'verbMorpheme', 'adverb', 'preposition', 'conjunction', 'pronoun', 'numeral',
  'measure', 'particle', 'locative', 'time', 'interjection'];
