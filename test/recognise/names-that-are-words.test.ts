// Given names that are words of jieba's (强生/v, 远航/v, 立为/d) after an official's post and before a sure follower;
// two names read in their slots that a headline prints side by side (甲乙出席并发言) or glued to 同 (甲同某国总统).
// All names are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const people = (text: string, title?: string): string[] =>
  extractRecord({ id: 't', text, ...(title ? { title } : {}) }).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

describe('a given name that is a verb, after an official\'s post', () => {
  it.each([
    ['国家主席韩强生1日在人民大会堂会见外宾。', '韩强生'],
    ['县长韩强生在会上讲话。', '韩强生'],
    ['区委书记盛远航7日主持会议。', '盛远航'],
    ['副院长查建中在会上作报告。', '查建中'],
    ['县长东方立为8日到乡镇调研。', '东方立为'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
  it.each([
    ['副局长汤强作视频讲话。', ['汤强']],
    ['有关部门负责人向美方介绍了情况。', []],
    ['局长王表示，要抓好落实。', []],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('a given name that is a post (林长), right after an official\'s post', () => {
  it.each([
    ['会议传达学习了国务院总理宋林长的重要批示。', ['宋林长']],
    ['县长宋林长和副县长贺立出席。', ['宋林长', '贺立']],
    // a surname and a post with no post before them is a surname reference (王局长)
    ['王局长出席会议。', ['王']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('a dotted name whose last character jieba glued to a person verb', () => {
  it.each([
    ['古丽娜·艾力率队赴岚峰镇考察。', '古丽娜·艾力'],
    ['阿依达娜·努尔率团出访。', '阿依达娜·努尔'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('names read in their slots, again in a headline', () => {
  it('two names side by side (甲乙出席并发言) are the two people', () => {
    const record = extractRecord({ id: 't', title: '段松琪伍红岩出席并发言', text: '区委副书记段松琪主持会议，区委常委伍红岩出席。' });
    const inTitle = record.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.filter((m) => m.field === 'title').map((m) => m.text));
    expect(inTitle.sort()).toEqual(['伍红岩', '段松琪']);
    expect(people('区委副书记宋烨冬主持会议，副区长艾山·孟和出席。', '宋烨冬艾山·孟和出席并发言')).toEqual(['宋烨冬', '艾山·孟和']);
  });
  it('a name glued to 同 (余子先同某国总统举行会谈) is the name', () => {
    const record = extractRecord({ id: 't', title: '余子先同某国总统举行会谈', text: '国家主席余子先1日在人民大会堂同某国总统举行会谈。' });
    const inTitle = record.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.filter((m) => m.field === 'title').map((m) => m.text));
    expect(inTitle).toEqual(['余子先']);
  });
});

describe('和 that begins a name after a role noun (领导和平等出席: 和 cannot join 平等/a to 领导)', () => {
  it.each([
    ['鹭湖片区领导和平等出席会议。', ['和平']],
    ['县领导和平等人出席会议。', ['和平']],
    ['书记和主任出席会议。', []],
    ['领导和群众一起劳动。', []],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('a given name that is a world city\'s name, between a post and an act', () => {
  const POSTS = ['副主任', '县委书记', '副校长', '党组书记、局长'];
  const ACTS = ['主持会议。', '出席活动并讲话。', '在会上发言。'];
  it(`is a person's (${['柏林', '米兰', '华沙'].length} names × ${POSTS.length} posts × ${ACTS.length} acts)`, () => {
    const wrong: string[] = [];
    for (const name of ['柏林', '米兰', '华沙']) for (const post of POSTS) for (const act of ACTS) {
      const text = `青禾县${post}${name}${act}`;
      if (!people(text).includes(name)) wrong.push(`${text}: ${people(text).join(' ')}`);
    }
    expect(wrong.join('\n')).toBe('');
  });
  it.each([
    ['代表团访问柏林并出席论坛。'],
    ['县长率团赴米兰参加展会。'],
    ['柏林市长出席开幕式。'],
  ])('the city stays a place: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
