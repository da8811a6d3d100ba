// Position mentions: titles from dictionaries/titles.tsv on word boundaries.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';

describe('position recogniser', () => {
  it.each([
    ['区长宓红出席会议。', '区长'],
    ['区商务局局长柯婉介绍了有关情况。', '局长'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('position', text).some((s) => s.includes(surface))).toBe(true);
  });
});
