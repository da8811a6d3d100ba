// A congress's session and its elections: 大会执行主席甲、乙 and 推选甲、乙为大会主席团常务主席 are posts of the session's
// presidium (某县第十八届人民代表大会第四次会议主席团); 补选甲为某县人民政府县长 and 选举乙为…副主席 are posts given, 县长
// of the county itself; an election's verb before no 为 + post names no one (民主选举过程). Counties × names.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const COUNTIES = ['霁川县', '柘源县', '鹭湖市'];
const NAMES: string[][] = [['谭松柏', '俞长河', '邝丽萍'], ['欧阳晨曦', '宓红', '司马青'], ['乜小娟', '热依拉·古丽', '高峰']];

const report = (county: string, [a, b, c]: string[]): string =>
  `本报讯 1月9日上午，${county}第十八届人民代表大会第四次会议在${county.slice(-1)}会议中心开幕。` +
  `大会执行主席${a}、${b}在主席台就座。会议推选${a}、${c}为大会主席团常务主席。` +
  `会议以无记名投票方式，补选${b}为${county}人民政府${county.endsWith('市') ? '市长' : '县长'}，选举${c}为${county}人大常委会副主任。`;

describe('a session\'s presidium and its elections', () => {
  it(`${COUNTIES.length} counties × ${NAMES.length} sets of names`, () => {
    const wrong: string[] = [];
    for (const county of COUNTIES) for (const names of NAMES) {
      const [a, b, c] = names as [string, string, string];
      const text = report(county, names);
      const r = extractRecord({ id: 't', text, date: '2026-01-10' });
      const got = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
      const presidium = `${county}第十八届人民代表大会第四次会议主席团`;
      const head = county.endsWith('市') ? '市长' : '县长';
      const want = [`${a}|执行主席|${presidium}`, `${b}|执行主席|${presidium}`, `${a}|常务主席|${presidium}`, `${c}|常务主席|${presidium}`,
        `${b}|${head}|${county}`, `${c}|副主任|${county}人大常委会`].sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text}\n  got  ${got.join(' ')}\n  want ${want.join(' ')}`);
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('an election\'s verb with no 为 + post after it names no one', () => {
    const r = extractRecord({ id: 't', text: '这部纪录片记录了一个村子的民主选举过程，受到观众关注。', date: '2026-01-10' });
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a list elected after its verb takes the posts; bare deputies and members are in the body elected before', () => {
    for (const [a, b, c, d] of [['况怀山', '郁金', '柴玉成', '马兰花'], ['郎玉成', '申屠红梅', '卜一凡', '阿依古丽']] as const) {
      const text = `经过无记名投票，${a}当选县工商联主席，${b}、${c}当选副主席，${d}当选委员。`;
      const r = extractRecord({ id: 't', text, date: '2026-01-10' });
      const got = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
      expect(got, text).toEqual([`${a}|主席|县工商联`, `${b}|副主席|县工商联`, `${c}|副主席|县工商联`, `${d}|委员|县工商联`].sort());
    }
  });
});

describe('posts elected at a body\'s congress', () => {
  const BODIES = ['岚川市浙江商会', '青禾县个体劳动者协会', '鹭湖市青年企业家协会'];
  const NAMES: [string, string, string][] = [['訾宏伟', '楼国强', '应小蝶'], ['阿苏日呷', '欧阳慕白', '金灿灿'], ['巴特尔', '司徒敬之', '卞秀芝']];
  it(`are the body's (${BODIES.length} bodies × ${NAMES.length} sets of names)`, () => {
    for (const body of BODIES) for (const [a, b, c] of NAMES) {
      const text = `11月2日，${body}第三届会员大会暨换届大会召开。大会选举产生了第三届理事会。经第三届理事会第一次会议选举，${a}当选为会长；${b}、${c}当选为常务副会长。`;
      const r = extractRecord({ id: 't', text, date: '2025-11-03' });
      expect(r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort(), text)
        .toEqual([`${a}|会长|${body}`, `${b}|常务副会长|${body}`, `${c}|常务副会长|${body}`].sort());
    }
  });
});
