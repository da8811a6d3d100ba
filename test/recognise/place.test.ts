// Places: gazetteer names and short forms, countries, suffix patterns, lists closed by 等镇街.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';

describe('place recogniser', () => {
  it.each([
    ['代表团从青岛出发前往江苏省考察。', '江苏省'],
    ['代表团从青岛出发前往江苏省考察。', '青岛'],
    ['他曾在法国和德国留学。', '法国'],
    ['松涛、鹭湖、青石等镇街负责人参加会议。', '青石'],
    ['法国政府宣布了新的计划。', '法国'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('place', text)).toContain(surface);
  });
});

describe('words of "each place" that jieba tags ns', () => {
  it.each(['各乡镇要立即行动起来。', '全市各县区要立即行动起来。', '各省市代表参加会议。', '两省区联合开展检查。'])('%s: no place', (text) => {
    expect(surfacesOf('place', text)).toEqual([]);
  });
});
