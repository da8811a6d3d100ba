// person.foreign: transliterated and middle-dot names, on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const persons = (text: string) => extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('person.foreign', () => {
  it.each([
    ['来访的某国总统阿尔贝托·门德斯表示，愿深化合作。', '阿尔贝托·门德斯'],
    ['外长卡洛维奇在会谈中说，双方合作前景广阔。', '卡洛维奇'],
    ['艾克拜尔·吐尔逊在村里种了三十亩棉花。', '艾克拜尔·吐尔逊'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    ['代表团访问了乌克兰和伊朗。'],
    ['他在马德里参加了论坛。'],
  ])('a country or city is not a person: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
