// Person names: title before, verb after, lists, two-character names, surname references; and words
// that start with a surname character but are no names. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('person recogniser', () => {
  it.each([
    ['区委书记甘露主持会议并讲话。', '甘露'],
    ['区长宓红出席会议。', '宓红'],
    ['副区长钱立峰在会上指出，要抓好落实。', '钱立峰'],
    ['邝文斌表示，将全力推进项目建设。', '邝文斌'],
    ['区商务局局长柯婉介绍了有关情况。', '柯婉'],
    ['区领导蔡文涛、庞晓岚、蒋和平出席活动。', '庞晓岚'],
  ])('%s → %s', (text, name) => {
    expect(namesOf('person', text)).toContain(name);
  });

  it.each([
    ['要推动高质量发展，繁荣文化事业。'],
    ['各方面共投入资金三百万元。'],
    ['松涛、鹭湖、青石等镇街负责人参加会议。'],
  ])('no person in: %s', (text) => {
    expect(namesOf('person', text)).toEqual([]);
  });
});
