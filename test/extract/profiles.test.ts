// A profile (任前公示, 干部任免): 某某，男，汉族，1978年5月生，…，现任某县某局副局长，拟任… — the name is a person by
// the sex written after it, and the posts of its 现任 clause are held; 拟任 and 拟提名 posts are not (yet).
// Every name shape × county × post. Fictional counties and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const COUNTIES = ['青禾县', '柘源县', '鹭湖市'];
const NAMES = ['邬立新', '欧阳晨曦', '宓红', '高峰', '热依拉·古丽', '乜小娟', '司马青云'];
/** the posts held now (as written after the county), and the posts they are (title, body after the county) */
const NOW: [string, [string, string][]][] = [
  ['交通运输局副局长', [['副局长', '交通运输局']]],
  ['柘湾镇党委副书记、镇长', [['副书记', '柘湾镇党委'], ['镇长', '柘湾镇']]],
  ['财政局党组成员、副局长', [['党组成员', '财政局党组'], ['副局长', '财政局']]],
];

const profile = (county: string, name: string, sex: string, now: string): string =>
  `${county}委组织部关于干部任前公示的公告\n${name}，${sex}，汉族，1979年8月生，在职研究生学历，中共党员，现任${county}${now}，拟任${county}农业农村局局长。`;

describe('profiles of a 任前公示', () => {
  for (const [now, posts] of NOW) {
    it(`现任${now} (${COUNTIES.length} counties × ${NAMES.length} names × 2 sexes)`, () => {
      const wrong: string[] = [];
      for (const county of COUNTIES) for (const name of NAMES) for (const sex of ['男', '女']) {
        const text = profile(county, name, sex, now);
        const r = extractRecord({ id: 't', text, date: '2026-03-06' });
        const got = r.positions.filter((p) => p.person === name).map((p) => `${p.title}|${p.organization}`).sort();
        const want = posts.map(([t, b]) => `${t}|${county}${b}`).sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text}\n  got  ${got.join(' ')}\n  want ${want.join(' ')}`);
      }
      expect(wrong.join('\n')).toBe('');
    });
  }

  it('no profile without the sex after the name: 现任 of another clause gives nothing', () => {
    const r = extractRecord({ id: 't', text: '本报讯 3月5日，邬立新在会上说，现任领导班子团结有力。', date: '2026-03-06' });
    expect(r.positions).toEqual([]);
  });

  it('an appointment reads the same chains: 党组成员、副局长, 镇党委副书记、镇长', () => {
    for (const county of COUNTIES) for (const name of NAMES) {
      const text = `经研究决定：${name}同志任${county}财政局党组成员、副局长；${name}同志任${county}柘湾镇党委副书记、镇长。`;
      const r = extractRecord({ id: 't', text, date: '2026-03-06' });
      const got = r.positions.filter((p) => p.person === name).map((p) => `${p.title}|${p.organization}`).sort();
      expect(got, text).toEqual([`党组成员|${county}财政局党组`, `副书记|${county}柘湾镇党委`, `副局长|${county}财政局`, `镇长|${county}柘湾镇`].sort());
    }
  });
});
