// Appointment notices and reports of a post, in the forms a county paper prints them, with names of every kind
// (a name ending in a character jieba glues to 任: 林立新任 read as 林立 + 新任; a compound surname; a Tibetan and a
// dotted Uyghur name) and posts in bodies, towns and the county's committee: each holder has the post. Before, 60
// of these 420 sentences lost it: 某某任县… was read as 任县 (a county of Hebei), 任 glued to the town after it
// (任青禾镇), a name before 任 had no slot, and 任命某某同志为 took 同志 into the name or read no post.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const NAMES = ['邝明远', '欧阳青', '扎西', '司马光辉', '何雨', '古丽娜·艾力', '林立新'];
const POSTS: readonly (readonly [string, string])[] = [['县财政局', '局长'], ['县委组织部', '副部长'], ['青禾镇', '镇长'], ['县人民法院', '副院长'], ['县委', '常委'], ['县政府', '副县长']];
const FORMS: readonly ((name: string, body: string, title: string) => string)[] = [
  (n, o, t) => `任命${n}为${o}${t}。`,
  (n, o, t) => `${n}任${o}${t}。`,
  (n, o, t) => `经研究决定：${n}任${o}${t}；免去其原职务。`,
  (n, o, t) => `${n}同志任${o}${t}。`,
  (n, o, t) => `决定任命${n}同志为${o}${t}。`,
  (n, o, t) => `${n}当选为${o}${t}。`,
  (n, o, t) => `${n}担任${o}${t}。`,
  (n, o, t) => `${o}${t}${n}表示，要抓好落实。`,
  (n, o, t) => `据${o}${t}${n}介绍，今年以来全县新增就业1200人。`,
  (n, o, t) => `记者从${o}获悉，${o}${t}${n}近日带队调研。`,
];

const cases = FORMS.flatMap((form) => POSTS.flatMap(([body, title]) => NAMES.map((name) => [form(name, body, title), name, title] as const)));

describe('a post given or held, whatever the name', () => {
  it.each(cases)('%s', (text, name, title) => {
    const record = extractRecord({ id: 't', text });
    expect(record.positions.map((p) => [p.person, p.title])).toContainEqual([name, title]);
  });
});

describe('what is no name before a verb that gives a post', () => {
  it.each([
    ['邝明远还担任县财政局局长。', '邝明远'],
    ['曾担任县人民法院副院长、县委常委。', null],
    ['他在最关键的时刻就任县长。', null],
  ])('%s', (text, name) => {
    const people = extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(name ? [name] : []);
  });
});
