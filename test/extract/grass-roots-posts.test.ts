// Posts of a town's, township's, street's or village's own committees, written with a bare level (镇党委委员、组织委员,
// 村党支部书记, 街道党工委委员、政法委员): titles.tsv lists only the heads' posts whole (镇党委书记), so the recogniser
// composes the level, the body and the post, and the level is the place the article names (its town written inside
// a body's name counts: 某镇某村村委会, 来源：某镇人民政府). Every town × post × name. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const posts = (text: string): string[] =>
  extractRecord({ id: 't', text, date: '2025-05-12' }).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();

const TOWNS: [string, string][] = [['枫岭镇', '镇'], ['白沙乡', '乡'], ['石门坎镇', '镇'], ['新添堡回族乡', '乡']];
const VILLAGES = ['鹤塘村', '甘木村', '巴格其村'];
const NAMES = ['颜晓峰', '欧阳铁军', '阿苏日呷', '米娜', '单于明'];
const COMMITTEE_POSTS = ['组织委员', '宣传委员', '统战委员', '政法委员', '纪检委员'];

describe('posts of a town\'s party committee written with a bare level', () => {
  it(`党委委员、组织委员 (${TOWNS.length} towns × ${COMMITTEE_POSTS.length} posts × ${NAMES.length} names)`, () => {
    for (const [town, level] of TOWNS) for (const post of COMMITTEE_POSTS) for (const name of NAMES) {
      const text = `5月10日，${town}召开人居环境整治推进会。${level}党委委员、${post}${name}参加会议并讲话。`;
      expect(posts(text), text).toEqual([`${name}|${post}|${town}党委`, `${name}|委员|${town}党委`].sort());
    }
  });

  it('a post glued to its level without 委员 before it (镇党委宣传委员某某)', () => {
    for (const [town, level] of TOWNS) for (const name of NAMES) {
      const text = `${town}召开宣传思想工作会议。${level}党委宣传委员${name}主持会议。`;
      expect(posts(text), text).toEqual([`${name}|宣传委员|${town}党委`]);
    }
  });

  it('a post of a body inside the committee stays the body\'s (县委组织部副部长 is no 县委 post)', () => {
    for (const name of NAMES) {
      const text = `峨溪县召开组织工作会议。县委组织部副部长${name}出席会议。`;
      expect(posts(text), text).toEqual([`${name}|副部长|峨溪县委组织部`]);
    }
  });
});

describe('a village\'s branch posts, the town named only inside a body\'s name', () => {
  it(`村党支部书记、村委会主任 (${VILLAGES.length} villages × ${NAMES.length} names)`, () => {
    for (const village of VILLAGES) for (const name of NAMES) {
      const text = `5月10日晚，枫岭镇${village}村委会会议室里坐满了村民代表。会议由村党支部书记、村委会主任${name}主持。`;
      const got = posts(text);
      expect(got, text).toContain(`${name}|书记|${village}党支部`);
      expect(got.filter((p) => p.startsWith(`${name}|书记|`)), text).toHaveLength(1);
    }
  });

  it('a town read from its government in a source line gives 镇党委 its name', () => {
    for (const [town, level] of TOWNS) for (const name of NAMES.slice(0, 3)) {
      const text = `近日，${town}${VILLAGES[0]}村委会召开院坝会。${level}党委委员、组织委员${name}参加会议。\n来源：${town}人民政府`;
      expect(posts(text), text).toContain(`${name}|组织委员|${town}党委`);
    }
  });
});

describe('a headline\'s dash ends a meeting\'s name', () => {
  it.each(['一纸新规约 乡风更文明', '小院坝里议大事', '确保安全度汛'])('%s——某村村民代表大会…', (kicker) => {
    for (const village of VILLAGES) {
      const title = `${kicker}——${village}村民代表大会表决通过村规民约`;
      const rec = extractRecord({ id: 't', title, text: `5月10日，${village}召开村民代表大会。`, date: '2025-05-12' });
      expect(rec.meetings.map((m) => m.name).filter((n) => n.includes('——')), title).toEqual([]);
    }
  });
});
