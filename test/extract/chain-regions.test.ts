// A region's bare post in a chain takes its region from the chain: 某县委副书记、县长甲 in another county's paper is 县长 of
// 某县 (the guests' county, not the paper's), and a post graded by its level (县级总河长、总林长甲) is the page region's, as
// are the bare posts written right after it. Every county pair × chain × name. Fictional counties and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const posts = (text: string): string[] =>
  extractRecord({ id: 't', text, date: '2025-06-11' }).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();

const PAIRS: [string, string][] = [['普拉县', '瓯澜县'], ['青禾县', '柘源县'], ['鹭湖县', '檀溪县']];
const NAMES = ['钱塘', '欧阳启帆', '吉克尔哈'];

describe('a region\'s post in a chain', () => {
  it(`takes the region of the chain's committee (${PAIRS.length} pairs × ${NAMES.length} names)`, () => {
    for (const [home, guest] of PAIRS) for (const name of NAMES) {
      const text = `6月10日，${home}召开东西部协作联席会议。${guest}委副书记、县长${name}出席会议。`;
      expect(posts(text), text).toEqual([`${name}|副书记|${guest}委`, `${name}|县长|${guest}`].sort());
      const own = `6月10日，${home}召开东西部协作联席会议。县委副书记、县长${name}出席会议。`;
      expect(posts(own), own).toEqual([`${name}|副书记|${home}委`, `${name}|县长|${home}`].sort());
    }
  });

  it(`graded by its level (县级) is the page region's, with the bare posts after it (${PAIRS.length} × ${NAMES.length})`, () => {
    for (const [home] of PAIRS) for (const name of NAMES) {
      const text = `昨日，${home}召开2025年总河长、总林长会议。县委书记、县级总河长、总林长${name}出席并讲话。`;
      expect(posts(text), text).toEqual([`${name}|书记|${home}委`, `${name}|总河长|${home}`, `${name}|总林长|${home}`].sort());
    }
  });
});

describe('a post held where one is stationed (驻村第一书记)', () => {
  it.each(['燕子坳村', '石门湾村', '巴格其村'])('is 第一书记 of the village the article names: %s', (village) => {
    for (const name of ['沈晓舟', '阿苏日呷', '古丽米热·艾买尔']) {
      const text = `${village}召开村民代表大会。会上，驻村第一书记${name}介绍了入股方案。`;
      expect(posts(text), text).toEqual([`${name}|第一书记|${village}`]);
    }
  });
});
