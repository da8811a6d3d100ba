// A title that holds a unit of a body (管委会主任, 党工委委员, 办事处主任, 审判委员会委员) is a post in that unit, of the
// zone, street or court the text names: 高新区党工委副书记、管委会主任甲 → 副书记 of 某高新区党工委 and 主任 of 某高新区
// 管委会, a bare 高新区 or 街道 being the one the article named in full. Every zone or street × chain × name. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const posts = (text: string): string[] =>
  extractRecord({ id: 't', text, date: '2025-04-08' }).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();

const ZONES: [string, string][] = [['潆州高新区', '高新区'], ['青禾经开区', '经开区'], ['鹭湖高新区', '高新区']];
const STREETS = ['青萝街道', '鹤汀街道', '城南街道'];
const NAMES: [string, string][] = [['秦晓峰', '上官婉清'], ['多吉次仁', '欧阳晨'], ['宓红', '吉克阿依']];

describe('a title that holds a unit of a body', () => {
  it(`in a zone (${ZONES.length} zones × ${NAMES.length} pairs of names)`, () => {
    for (const [zone, short] of ZONES) for (const [a, b] of NAMES) {
      const text = `4月7日上午，${zone}党工委召开（扩大）会议。${short}党工委副书记、管委会主任${a}，党工委委员、管委会副主任${b}出席会议。`;
      expect(posts(text), text).toEqual([
        `${a}|主任|${zone}管委会`, `${a}|副书记|${zone}党工委`, `${b}|副主任|${zone}管委会`, `${b}|委员|${zone}党工委`,
      ].sort());
    }
  });

  it(`in a street (${STREETS.length} streets × ${NAMES.length} names)`, () => {
    for (const street of STREETS) for (const [a] of NAMES) {
      const text = `${street}召开平安建设推进会。街道党工委副书记、办事处主任${a}主持会议。`;
      expect(posts(text), text).toEqual([`${a}|主任|${street}办事处`, `${a}|副书记|${street}党工委`].sort());
    }
  });

  it('in a court: 审判委员会委员 of the court named before', () => {
    for (const [a, b] of NAMES) {
      const text = `峨阳市中级人民法院召开审判委员会会议。院长梅若澜主持，审判委员会委员${a}、${b}出席会议。`;
      expect(posts(text).filter((p) => p.includes('委员|')), text).toEqual([`${a}|委员|峨阳市中级人民法院审判委员会`, `${b}|委员|峨阳市中级人民法院审判委员会`].sort());
    }
  });

  it('with no unit named before, the title stays whole', () => {
    expect(posts('管委会主任秦晓峰出席会议。')).toEqual(['秦晓峰|管委会主任|null']);
  });
});

describe('a person\'s act jieba tags a noun (列席/n) is no part of the body after it', () => {
  it.each(['检察长', '副检察长', '党组书记、检察长'])('%s甲列席县人民法院审判委员会会议', (post) => {
    for (const name of ['姚青山', '巫马晴', '阿苏日呷']) {
      const text = `县人民检察院${post}${name}列席县人民法院审判委员会会议。`;
      const orgs = extractRecord({ id: 't', text, date: '2025-06-11' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
      expect(orgs.filter((o) => o.includes('列席')), text).toEqual([]);
    }
  });
});
