// A body's own news names it by its head once it has been named in full (dictionaries/body-heads.tsv): 局党组书记、局长
// in a report of 某县财政局, 院长 of 某县人民医院, 集团总经理 of 某某集团. Every body, every form and every name gives the
// posts of the body named in full. Fictional counties, bodies and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

interface Case {
  /** the body as named first, after the county */
  body: string;
  /** its meeting */
  meeting: string;
  /** the posts written short before the chair's name, and the posts they are (title, body after the county) */
  chair: [written: string, posts: [string, string][]];
  /** …before the speaker's name */
  speaker: [written: string, posts: [string, string][]];
}

const CASES: Case[] = [
  { body: '财政局', meeting: '党组会议', chair: ['局党组书记、局长', [['书记', '财政局党组'], ['局长', '财政局']]], speaker: ['局党组成员、副局长', [['党组成员', '财政局党组'], ['副局长', '财政局']]] },
  { body: '自然资源局', meeting: '2026年工作会议', chair: ['局长', [['局长', '自然资源局']]], speaker: ['副局长', [['副局长', '自然资源局']]] },
  { body: '人民医院', meeting: '第三届职工代表大会第二次会议', chair: ['院党委书记', [['书记', '人民医院党委']]], speaker: ['院长', [['院长', '人民医院']]] },
  { body: '人民法院', meeting: '审判委员会会议', chair: ['院党组书记、院长', [['书记', '人民法院党组'], ['院长', '人民法院']]], speaker: ['副院长', [['副院长', '人民法院']]] },
  { body: '第一中学', meeting: '教职工代表大会', chair: ['校党委书记', [['书记', '第一中学党委']]], speaker: ['校长', [['校长', '第一中学']]] },
  { body: '城市建设投资集团有限公司', meeting: '2026年工作会议', chair: ['集团党委书记、董事长', [['书记', '城市建设投资集团有限公司党委'], ['董事长', '城市建设投资集团有限公司']]], speaker: ['集团总经理', [['总经理', '城市建设投资集团有限公司']]] },
  { body: '农业发展投资有限公司', meeting: '职工代表大会', chair: ['公司党委书记、董事长', [['书记', '农业发展投资有限公司党委'], ['董事长', '农业发展投资有限公司']]], speaker: ['公司总经理', [['总经理', '农业发展投资有限公司']]] },
];
const COUNTIES = ['青禾县', '柘源县', '澄岭县'];
const NAMES: [string, string][] = [['邬立新', '卞思源'], ['欧阳晨曦', '高峰'], ['宓红', '乜小娟'], ['热依拉·古丽', '司马青']];

const report = (county: string, c: Case, chair: string, speaker: string): string =>
  `本报讯 3月5日，${county}${c.body}召开${c.meeting}。${c.chair[0]}${chair}主持会议，${c.speaker[0]}${speaker}作工作报告。`;

describe('a body named by its head in its own news', () => {
  for (const c of CASES) {
    it(`${c.body}: ${c.chair[0]}…, ${c.speaker[0]}… (${COUNTIES.length} counties × ${NAMES.length} pairs of names)`, () => {
      const wrong: string[] = [];
      for (const county of COUNTIES) for (const [chair, speaker] of NAMES) {
        const text = report(county, c, chair, speaker);
        const r = extractRecord({ id: 't', text, date: '2026-03-06' });
        const got = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
        const want = [...c.chair[1].map(([t, b]) => `${chair}|${t}|${county}${b}`), ...c.speaker[1].map(([t, b]) => `${speaker}|${t}|${county}${b}`)].sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text}\n  got  ${got.join(' ')}\n  want ${want.join(' ')}`);
      }
      expect(wrong.join('\n')).toBe('');
    });
  }

  it('a head stands for the body of its kind named last before it, not another kind', () => {
    const text = '本报讯 3月5日，青禾县教育局与青禾县人民医院召开医教协同工作联席会议。局长邬立新、院长卞思源出席会议。';
    const r = extractRecord({ id: 't', text, date: '2026-03-06' });
    const posts = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`);
    expect(posts).toContain('邬立新|局长|青禾县教育局');
    expect(posts).toContain('卞思源|院长|青禾县人民医院');
  });

  it('a head with no body of its kind in the article stays a bare post', () => {
    const text = '本报讯 3月5日，青禾县召开全县教育工作会议。局长邬立新作工作报告。';
    const r = extractRecord({ id: 't', text, date: '2026-03-06' });
    expect(r.positions.find((p) => p.person === '邬立新')?.organization ?? null).toBeNull();
  });
});
