// Person names: title before, verb after, lists, two-character names, surname references; and words
// that start with a surname character but are no names. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('person recogniser', () => {
  it.each([
    ['区委书记楚冰主持会议并讲话。', '楚冰'],
    ['区长逯鹰出席会议。', '逯鹰'],
    ['副区长钱立峰在会上指出，要抓好落实。', '钱立峰'],
    ['佟海燕表示，将全力推进项目建设。', '佟海燕'],
    ['区商务局局长王娟介绍了有关情况。', '王娟'],
    ['区领导蔡文涛、庞晓岚、蒋和平出席活动。', '庞晓岚'],
  ])('%s → %s', (text, name) => {
    expect(namesOf('person', text)).toContain(name);
  });

  it.each([
    ['要推动高质量发展，繁荣文化事业。'],
    ['各方面共投入资金三百万元。'],
    ['王台、滨海、泊里等镇街负责人参加会议。'],
  ])('no person in: %s', (text) => {
    expect(namesOf('person', text)).toEqual([]);
  });
});
