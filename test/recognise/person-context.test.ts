// Person rules added for general news text: surname references (邝先生 → 邝), unknown names jieba splits
// 2 + 1, titles that end in a compound surname's first character, foreign names after a title, and
// companies that a verb or a generic word would otherwise run together. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { namesOf, surfacesOf } from './helpers.js';

describe('person context rules', () => {
  it.each([
    ['客户邝先生表示，将继续合作。', '邝'],
    ['县委书记岑立新经常深入基层调研。', '岑立新'],
    ['来访的外交大臣卡洛维奇今天发表讲话。', '卡洛维奇'],
    // 人大常委会委员 + 长孙 is the head of the standing committee + 孙 (the composed post is a title of its own)
    ['全国人大常委会委员长孙蓉悦监誓。', '孙蓉悦'],
    ['市人大常委会副委员长孙立新出席。', '孙立新'],
    // …while 国务委员 + 长孙 stays the compound surname: 国务委员长 is no post
    ['国务委员长孙明远出席。', '长孙明远'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('person', text)).toContain(surface);
  });

  it.each([
    ['客户邝先生表示，将继续合作。', '邝先生'],
    ['署里副署长孙晓川出席仪式。', '长孙晓'],
    ['游客们在云杉寺前合影留念。', '云杉寺'],
  ])('%s: not %s', (text, surface) => {
    expect(surfacesOf('person', text)).not.toContain(surface);
  });
});

describe('company extent', () => {
  it.each([
    ['多家保险公司参加了座谈。', []],
    ['对于澄川银行收购云杉信托公司一事，双方均未回应。', ['澄川银行']],
  ])('%s → %j', (text, names) => {
    const found = namesOf('company', text);
    for (const n of names) expect(found).toContain(n);
    expect(found.some((n) => n.includes('收购') || n === '保险公司')).toBe(false);
  });
});

describe('organization suffix ends', () => {
  it.each([
    ['这是云杉县政府所采取的一项措施。', '云杉县政府所'],
    ['检查中发现了一些不足之处。', '不足之处'],
    ['澄川市委常委出席了会议。', '澄川市委常委'],
  ])('%s: no organization %s', (text, surface) => {
    expect(surfacesOf('organization', text)).not.toContain(surface);
  });
});

describe('function words after a name', () => {
  it.each([
    ['卡洛维奇在会上介绍了合作项目。', '卡洛维奇在'],
    ['代表卡洛维奇和随行人员参观了工厂。', '卡洛维奇和'],
  ])('%s: not %s', (text, surface) => {
    expect(surfacesOf('person', text)).not.toContain(surface);
  });
});

describe('a name jieba glued to the verb after it', () => {
  it.each([
    ['副县长宓红作关于县级预算调整的报告。', '宓红'],
    ['副市长贝承志作关于城市更新的报告。', '贝承志'],
    ['日报总编辑邝文作了主题发言。', '邝文'],
    ['区长岑荣新感叹：变化真大。', '岑荣新'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('person', text)).toEqual([surface]);
  });
});

describe('a list item that is also a place for short', () => {
  it('甘雨 (甘雨镇) and 江山 (江山市) in a list of names are names; a place in full is not', () => {
    expect(surfacesOf('person', '副主席沙立群、庞致远、甘雨、宁海平出席会议。')).toEqual(['沙立群', '庞致远', '甘雨', '宁海平']);
    expect(surfacesOf('person', '副委员长郑和平、江山、田野出席会议。')).toEqual(['郑和平', '江山', '田野']);
    expect(surfacesOf('person', '调研组沙立群、江山市负责同志参加。')).not.toContain('江山市');
  });
});
