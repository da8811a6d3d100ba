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
  // 原 opening the clause before the region (an obituary's, a notice's first words)
  (c) => `原${c}政协副主席、党组成员`,
  (c) => `原${c}人大常委会副主任`,
  // 原 after a village (jieba reads 村原 as one word)
  (c) => `${c}石岭村原党支部书记`,
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

  // counties whose first character makes a word of jieba's with 原 (原曲, 原型, 原稿, 原址, 原委, 原件), and 原 after a
  // preposition or a verb in the middle of a sentence
  const GLUED_COUNTIES = ['曲桑县', '型山县', '稿田县', '址岭县', '委山县', '件川县'];
  const MIDDLE: ((county: string, name: string) => string)[] = [
    (c, n) => `本报讯 3月5日，某局召开老干部座谈会，会议由原${c}委书记${n}主持。`,
    (c, n) => `本报讯 3月5日，某局召开老干部座谈会，邀请原${c}委书记${n}参加。`,
    (c, n) => `原${c}政协副主席${n}同志，因病医治无效，于2026年3月4日逝世。`,
  ];
  MIDDLE.forEach((form, i) => {
    it(`原 before a county whose name jieba glues to it, form ${i + 1} (${GLUED_COUNTIES.length + COUNTIES.length} counties × ${NAMES.length} names)`, () => {
      const wrong: string[] = [];
      for (const county of [...GLUED_COUNTIES, ...COUNTIES]) for (const name of NAMES) {
        const text = form(county, name);
        const r = extractRecord({ id: 't', text, date: '2026-03-06' });
        const posts = r.positions.filter((p) => p.person === name).map((p) => `${p.title}|${p.organization}`);
        const orgs = r.entities.filter((e) => e.type === 'organization').map((e) => e.name);
        if (posts.length || !orgs.some((o) => o.startsWith(county))) wrong.push(`${text}\n  posts ${posts.join(' ')} orgs ${orgs.join(' ')}`);
      }
      expect(wrong.join('\n')).toBe('');
    });
  });

  it('a place the gazetteer knows that begins with 原 keeps it (原平市, 原阳县, 原墙镇 after 由)', () => {
    const r = extractRecord({ id: 't', text: '本报讯 3月5日，原平市政协副主席邬立新出席会议。原阳县委书记宓红主持会议。大会由原墙镇党委书记高峰主持。', date: '2026-03-06' });
    const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
    expect(posts).toContain('邬立新|副主席|原平市政协');
    expect(posts).toContain('宓红|书记|原阳县委');
    expect(posts).toContain('高峰|书记|原墙镇党委');
  });

  it('原 inside a word is no mark (太原, 平原县, 原子能)', () => {
    const r = extractRecord({ id: 't', text: '本报讯 3月5日，太原市委书记邬立新、平原县县长宓红出席会议。', date: '2026-03-06' });
    const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
    expect(posts).toContain('邬立新|书记|太原市委');
    expect(posts).toContain('宓红|县长|平原县');
  });
});

describe('原 after a town read by jieba as a word of its own (镇原/ns, 乡原/n)', () => {
  it('is the mark of a former post before a body or a post, and 镇原县 stays a county', () => {
    for (const town of ['柳湾镇', '城南镇', '青石乡', '白沙镇']) for (const [post, title] of [['党委副书记、镇长', '镇长'], ['党委委员、副镇长', '副镇长']]) {
      const text = `10月16日，县纪委召开警示教育大会。片中，${town}原${post}汤国庆现身说法。县委书记王海出席。`;
      const held = extractRecord({ id: 't', text, date: '2024-10-17' }).positions.filter((p) => p.person === '汤国庆').map((p) => p.title);
      expect(held, `${text} ${title}`).toEqual([]);
    }
    const county = extractRecord({ id: 't', text: '10月16日，镇原县委书记王海出席会议。', date: '2024-10-17' }).positions.map((p) => p.organization);
    expect(county).toEqual(['镇原县委']);
  });
});
