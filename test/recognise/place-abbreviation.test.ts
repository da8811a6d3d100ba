// place.abbreviation: one-character country and province abbreviations standing for places, in words jieba
// read as names (中美), glued to a relation word (美中关系) or as single tokens closed by one (中/俄/两国).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';

describe('place.abbreviation', () => {
  it.each([
    ['双方表示，美中关系应当稳定发展。', ['美', '中']],
    ['中俄两国元首通了电话。', ['中', '俄']],
    ['代表团在京期间参观了科技馆。', ['京']],
  ])('%s → %j', (text, places) => {
    const found = surfacesOf('place', text);
    for (const p of places) expect(found).toContain(p);
  });

  it.each([['对两组数据加以对比。'], ['他们以三比一获胜。']])('no place in: %s', (text) => {
    expect(surfacesOf('place', text)).toEqual([]);
  });
});

describe('place.gazetteer glued to a word', () => {
  it.each([
    ['法国总理今天抵达。', '法国'],
    ['代表团访问英国伦敦。', '英国'],
  ])('%s → %s', (text, place) => {
    expect(surfacesOf('place', text)).toContain(place);
  });
});

describe('a known place is no organisation', () => {
  it('a world city ending in a body suffix character stays a place', () => {
    expect(surfacesOf('organization', '代表团昨天抵达莫斯科。')).toEqual([]);
    expect(surfacesOf('place', '代表团昨天抵达莫斯科。')).toContain('莫斯科');
  });
});
