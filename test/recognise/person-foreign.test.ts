// person.foreign: transliterated and middle-dot names, on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const persons = (text: string) => extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('person.foreign', () => {
  it.each([
    ['来访的某国总统阿尔贝托·门德斯表示，愿深化合作。', '阿尔贝托·门德斯'],
    ['外长卡洛维奇在会谈中说，双方合作前景广阔。', '卡洛维奇'],
    ['艾克拜尔·吐尔逊在村里种了三十亩棉花。', '艾克拜尔·吐尔逊'],
    // Russian names take 延, 坚, 申 (…延科, …斯坚科, …帕申); Thai names 素, 猜, 差, 颂
    ['萨维延科总理在记者会上表示，预算将保持平衡。', '萨维延科'],
    ['副总理奥斯坚科今天抵达首都。', '奥斯坚科'],
    ['前总理差颂立在会上发言。', '差颂立'],
    // a demonstrative after the name (这次, 此行) refers on; it names no thing the name would modify
    ['斯捷帕宁这次来访，带来了一支商业代表团。', '斯捷帕宁'],
    // a foreign legislator's or envoy's title before the name
    ['美国参议员哈特韦尔在记者会上说，法案将获通过。', '哈特韦尔'],
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
