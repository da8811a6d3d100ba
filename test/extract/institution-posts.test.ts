// The institutions a county paper covers besides government — state companies, schools — write their posts short
// and their people in groups: 会议由集团党委副书记、总经理某某主持; 集团副总经理、安全总监某某; 集团党委委员、工会主席某某
// (主席 of the company's 工会); 高二（3）班学生某某 (高二 is a school year); 3600余名师生参加 (师生 is no one); 在学科竞赛、
// 体育艺术等方面取得的成绩 (no event held). Companies × names; fictional throughout.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const COMPANIES = ['筠山县城市建设投资集团有限公司', '柘源县交通投资集团有限公司', '鹭湖市水务投资集团有限公司'];
const NAMES: [string, string, string][] = [['上官怀瑾', '佟海波', '童丽萍'], ['邬立新', '宓红', '欧阳晨曦'], ['乜小娟', '司马青', '高峰']];

describe('posts written short in a company\'s own news', () => {
  it(`${COMPANIES.length} companies × ${NAMES.length} sets of names`, () => {
    const wrong: string[] = [];
    for (const co of COMPANIES) for (const [a, b, c] of NAMES) {
      const text = `本报讯 2月11日，${co}召开2025年度工作会议。会议由集团党委副书记、总经理${a}主持。` +
        `集团副总经理、安全总监${b}作安全生产工作部署。集团党委委员、工会主席${c}参加会议。`;
      const r = extractRecord({ id: 't', text, date: '2026-02-12' });
      const got = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
      const want = [`${a}|副书记|${co}党委`, `${a}|总经理|${co}`, `${b}|副总经理|${co}`, `${b}|安全总监|${co}`,
        `${c}|委员|${co}党委`, `${c}|主席|${co}工会`].sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text}\n  got  ${got.join(' ')}\n  want ${want.join(' ')}`);
    }
    expect(wrong.join('\n')).toBe('');
  });
});

describe('a school\'s report', () => {
  it('school years and counted groups are no people; 在…等方面 reports no event', () => {
    for (const [a, b] of [['吴静', '林朝阳'], ['欧阳晨曦', '宓红']] as const) {
      const text = `2月17日上午，筠山县第一中学2025年春季开学典礼在学校田径场举行。校长亓晓峰致辞，回顾了学校在学科竞赛、体育艺术等方面取得的成绩。` +
        `高三年级教师代表${a}、高二（3）班学生${b}先后发言。全校3600余名师生参加。`;
      const r = extractRecord({ id: 't', text, date: '2026-02-18' });
      expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort(), text).toEqual(['亓晓峰', a, b].sort());
      expect(r.meetings.filter((m) => m.reported).map((m) => m.name)).toEqual(['筠山县第一中学2025年春季开学典礼']);
    }
  });
});
