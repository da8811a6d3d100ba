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
    // a role noun before the name (厂主, 候选人, 企业家) or a person's act after it (回忆说, 执导, 逝世)
    ['砖厂厂主骆天成家里挂满了锦旗。', '骆天成'],
    ['樊秋实回忆说，那年冬天特别冷。', '樊秋实'],
    ['新片《远山》由骆文澜执导。', '骆文澜'],
    ['抗日英雄尹家麟烈士的故居修缮一新。', '尹家麟'],
    // jieba glued a function character to the surname (但 + 某某): the name starts inside its token
    ['上半场打得艰苦，但柏玉菲很快调整了状态。', '柏玉菲'],
    // a one-character given name draws on the characters of two-character ones
    ['吴伟带着志愿者走访孤寡老人。', '吴伟'],
    // jieba read the name's last character with 在 of the verb after it as one word (正在)
    ['宁致远、蓝季平、沙正在主席台就座。', '沙正'],
    // jieba knows a name one character short (欧阳明): in a list the character left alone is the name's
    ['出席的还有：司马青、欧阳明德、上官云飞。', '欧阳明德'],
    // a one-character verb reading of the name's last character right before the act (某嘉建/出席), and 作 of a
    // speech glued to the name (某英立作/x 交流发言): the three-character name, not two characters of it
    ['区领导涂薇、葛嘉建出席。', '葛嘉建'],
    ['翠屏镇主任邱英立作交流发言。', '邱英立'],
    // …but 说 before a comma is the verb (某明说，)
    ['邝明说，要抓好落实。', '邝明'],
  ])('%s → %s', (text, name) => {
    expect(namesOf('person', text)).toContain(name);
  });

  it.each([
    ['要推动高质量发展，繁荣文化事业。'],
    ['各方面共投入资金三百万元。'],
    ['松涛、鹭湖、青石等镇街负责人参加会议。'],
    // jieba's dictionary tags these things nr: a word + a thing's head character (许可 + 证, 吉普 + 车)
    ['合作社去年办下了林木采伐许可证。'],
    ['镇里新添了两辆吉普车用于巡查。'],
    // a figure before a foreign-looking word: a currency
    ['这件手工纪念品标价300卢比。'],
  ])('no person in: %s', (text) => {
    expect(namesOf('person', text)).toEqual([]);
  });
});
