// Companies of a county's economy and the posts of the people who run them, whatever the names: the company whole
// (a trade jieba cuts, 新/a + 材料; the county before the brand), every post of a chain (董事长兼总经理, 党委书记、董事长),
// and the person at the meeting. A verb jieba tags a noun (会见/n) and a name glued to 到 (某某到/x) are no brand.
// Companies and people are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const COMPANIES = ['青禾县鑫源农业开发有限公司', '澜溪市恒通建设集团有限公司', '鹭湖新材料科技股份有限公司', '云岭宏达物流有限责任公司',
  '柳集镇兴旺养殖专业合作社', '青禾县城市建设投资集团有限公司', '松涛文化旅游发展有限公司', '石岗矿业集团', '白石电子科技有限公司',
  '澜溪农村商业银行', '鹭湖新能源股份有限公司', '云岭新材料有限公司'];
const POSTS = ['董事长', '总经理', '党委书记、董事长', '副总经理', '董事长兼总经理', '理事长'];
const NAMES = ['江晓峰', '高峰', '夏天', '长孙明远', '扎西多吉', '宋柳会'];

describe('a company, its post and its holder at a meeting', () => {
  it(`${COMPANIES.length} companies × ${POSTS.length} posts × ${NAMES.length} names`, () => {
    const wrong: string[] = [];
    for (const company of COMPANIES) for (const post of POSTS) for (const name of NAMES) {
      const text = `3月5日，青禾县召开民营企业家座谈会。${company}${post}${name}在会上发言。`;
      const r = extractRecord({ id: 't', text, date: '2026-03-06' });
      const companies = r.entities.filter((e) => e.type === 'company').map((e) => e.name);
      const lastPost = post.split(/、|兼/).pop() as string;
      const posts = r.positions.filter((p) => p.person === name).map((p) => `${p.title}@${p.organization ?? ''}`);
      const speaks = r.meetings[0]?.attendees.some((a) => a.person === name && a.roles.includes('SPOKE'));
      if (!companies.some((c) => c.startsWith(company)) || !posts.includes(`${lastPost}@${company}`) || !speaks) {
        wrong.push(`${text} → ${JSON.stringify({ companies, posts, speaks })}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it.each([
    ['区委书记韩立松会见鼎胜新材料集团客人。', '鼎胜新材料集团'],
    ['韩立松到鹭湖新能源有限公司调研', '鹭湖新能源有限公司'],
  ])('%s: the company is %s', (text, company) => {
    const r = extractRecord({ id: 't', text });
    expect(r.entities.filter((e) => e.type === 'company').map((e) => e.name)).toEqual([company]);
  });
});
