// A body, a post and a name, every pairing: the holder, the post and the body must come out the same whatever the
// name, including names that make a word with the post's last character (长 + 江某 read 长江, 长 + 沙某 read 长沙),
// names that are words (高峰, 夏天, 和平), compound surnames, and given names holding a function character (王为民).
// Bodies and posts from general knowledge of a county; the names are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const POSTS: [body: string, post: string, organization: string | null][] = [
  ['县水利局', '副局长', '县水利局'], ['县水利局', '局长', '县水利局'], ['县人民医院', '院长', '县人民医院'],
  ['县人民医院', '副院长', '县人民医院'], ['县第一中学', '校长', '县第一中学'], ['县第一中学', '副校长', '县第一中学'],
  ['县农科所', '所长', '县农科所'], ['青禾镇', '镇长', '青禾镇'], ['县政府', '副县长', '县政府'], ['县委', '副书记', '县委'],
  ['县人大常委会', '主任', '县人大常委会'], ['县政协', '主席', '县政协'], ['县委宣传部', '部长', '县委宣传部'],
  ['县财政局', '局长', '县财政局'], ['市中级人民法院', '副院长', '市中级人民法院'],
];
const NAMES = ['江晓峰', '沙立群', '安明远', '白雪松', '高峰', '明月', '夏天', '王为民', '李和平', '丁一', '长孙明远', '欧阳晓',
  '司马青', '石磊', '于洋', '和平', '方正', '乔立新'];

describe('a body, its post and the holder, whatever the name', () => {
  it(`${POSTS.length} posts × ${NAMES.length} names`, () => {
    const wrong: string[] = [];
    for (const [body, post, organization] of POSTS) {
      for (const name of NAMES) {
        const text = `${body}${post}${name}出席会议并讲话。`;
        const got = extractRecord({ id: 't', text }).positions.map((p) => [p.person, p.title, p.organization]);
        if (!got.some(([p, t, o]) => p === name && t === post && o === organization)) wrong.push(`${text} → ${JSON.stringify(got)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
