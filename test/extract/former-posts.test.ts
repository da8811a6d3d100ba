// Former posts (原): 原县委副书记, 某县原交通运输局副局长, 某局原党组书记、局长 were held before the article's date; the
// graph's HOLDS_POSITION says a post held when the article was written, so they give no position, while the posts
// written without 原 in the same sentence still do. Every form × county × name. Fictional counties and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const COUNTIES = ['青禾县', '柘源县', '澄岭县', '鹭湖市'];
const NAMES = ['邬立新', '欧阳晨曦', '宓红', '司马青', '高峰'];

/** a discipline notice's forms: the former posts before the name (none may be reported) */
const FORMER: ((county: string) => string)[] = [
  (c) => `${c}原交通运输局副局长`,
  (c) => `${c}交通运输局原局长`,
  (c) => `${c}交通运输局原党组书记、局长`,
  (c) => `原${c.slice(-1)}委副书记`,
  (c) => `${c}农业农村局原副局长`,
  (c) => `${c}人民医院原院长`,
];

const notice = (county: string, posts: string, name: string): string =>
  `本报讯 3月5日，${county}纪委监委发布消息：${posts}${name}涉嫌严重违纪违法，目前正接受纪律审查和监察调查。`;

describe('former posts are no positions', () => {
  FORMER.forEach((form, i) => {
    it(`form ${i + 1}: ${form('某县')}… (${COUNTIES.length} counties × ${NAMES.length} names)`, () => {
      const wrong: string[] = [];
      for (const county of COUNTIES) for (const name of NAMES) {
        const text = notice(county, form(county), name);
        const r = extractRecord({ id: 't', text, date: '2026-03-06' });
        const posts = r.positions.filter((p) => p.person === name).map((p) => `${p.title}|${p.organization}`);
        const people = r.entities.filter((e) => e.type === 'person').map((e) => e.name);
        const orgs = r.entities.filter((e) => e.type === 'organization').map((e) => e.name);
        if (posts.length || !people.includes(name) || orgs.some((o) => o.includes('原'))) {
          wrong.push(`${text}\n  posts ${posts.join(' ')} people ${people.join(' ')} orgs ${orgs.join(' ')}`);
        }
      }
      expect(wrong.join('\n')).toBe('');
    });
  });

  it('a post without 原 beside a former one is still held', () => {
    for (const county of COUNTIES) for (const name of NAMES) {
      const text = `本报讯 3月5日，${county}召开警示教育大会。${county.slice(-1)}委副书记${name}主持会议，通报了${county}原交通运输局副局长甘某某严重违纪违法案。`;
      const r = extractRecord({ id: 't', text, date: '2026-03-06' });
      const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
      expect(posts, text).toContain(`${name}|副书记|${county}委`);
      expect(posts.some((p) => p.startsWith('甘某某')), text).toBe(false);
    }
  });

  it('原 inside a word is no mark (太原, 平原县, 原子能)', () => {
    const r = extractRecord({ id: 't', text: '本报讯 3月5日，太原市委书记邬立新、平原县县长宓红出席会议。', date: '2026-03-06' });
    const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
    expect(posts).toContain('邬立新|书记|太原市委');
    expect(posts).toContain('宓红|县长|平原县');
  });
});
