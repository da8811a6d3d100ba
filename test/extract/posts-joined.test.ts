// Two officials, each after a post, joined by 和, 与, 及 or 、 (县委书记甲和镇长乙出席会议): both are people, and each
// holds the post written before the name. Names of every kind (a compound surname, a Tibetan and a Uyghur name);
// posts of every level. A post jieba tags a verb (镇长/v) after 和 once made the first name no name at all.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const POSTS: readonly (readonly [string, string])[] = [
  ['县委书记', '书记'], ['县长', '县长'], ['县委副书记', '副书记'], ['副县长', '副县长'], ['县政协主席', '主席'],
  ['区长', '区长'], ['副市长', '副市长'], ['镇党委书记', '书记'], ['镇长', '镇长'], ['县财政局局长', '局长'],
];
const NAMES: readonly (readonly [string, string])[] = [['邝明远', '欧阳青'], ['扎西', '古丽娜'], ['司马光辉', '何雨']];

const cases = POSTS.flatMap((a, i) => POSTS.flatMap((b, j) => ['和', '与', '及', '、'].map((join, n) => {
  const [x, y] = NAMES[(i + j + n) % NAMES.length] as readonly [string, string];
  return [`${a[0]}${x}${join}${b[0]}${y}出席会议并讲话。`, x, a[1], y, b[1]] as const;
})));

describe('two officials joined after their posts', () => {
  it.each(cases)('%s', (text, x, titleX, y, titleY) => {
    const record = extractRecord({ id: 't', text });
    expect(record.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual([x, y].sort());
    const held = record.positions.map((p) => [p.person, p.title]);
    expect(held).toContainEqual([x, titleX]);
    expect(held).toContainEqual([y, titleY]);
  });
});
