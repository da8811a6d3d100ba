// A court's own news and the credits of a discipline commission's: 全市法院 is every court of the city, not a body,
// so 院党组成员、副院长 is the court's named in full; 政治部主任 is 主任 of the court's 政治部; a place is never the bare
// word 街道; a Uyghur name holding 阿不 is one name; names of peoples without surnames end an article as its writers
// (（吉克阿依 洛桑尼玛）, on a line of their own). Courts × names; fictional throughout.
import { describe, expect, it } from 'vitest';
import { extractPage, extractRecord } from '../../src/extract/page.js';

const COURTS = ['峨阳市中级人民法院', '青禾县人民法院', '鹭湖市人民检察院'];
const NAMES: [string, string, string][] = [['霍思远', '蒲云帆', '赫连峥'], ['曲比阿果', '宓红', '欧阳晨曦']];

describe('a court\'s own news', () => {
  it(`${COURTS.length} bodies × ${NAMES.length} sets of names`, () => {
    for (const court of COURTS) for (const [a, b, c] of NAMES) {
      const head = court.endsWith('检察院') ? '检察长' : '院长';
      const text = `2月26日上午，${court}党组书记、${head}${a}主持召开院党组会议，研究部署2025年全市法院重点工作。` +
        `院党组成员、副${head}${b}，院党组成员、政治部主任${c}出席会议。`;
      const r = extractRecord({ id: 't', text, date: '2026-02-27' });
      const got = r.positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
      expect(got, text).toEqual([`${a}|书记|${court}党组`, `${a}|${head}|${court}`, `${b}|党组成员|${court}党组`, `${b}|副${head}|${court}`,
        `${c}|党组成员|${court}党组`, `${c}|主任|${court}政治部`].sort());
      expect(r.entities.some((e) => e.name.startsWith('全市')), text).toBe(false);
    }
  });

  it('the bare word 街道 is no place', () => {
    const r = extractRecord({ id: 't', text: '全市街道设立了劳动管理站，为居民提供服务。', date: '2026-02-27' });
    expect(r.entities.filter((e) => e.type === 'place')).toEqual([]);
  });

  it('a Uyghur name with 阿不 is one name', () => {
    for (const name of ['热依拉·阿不力孜', '米娜瓦尔·阿不都']) {
      const r = extractRecord({ id: 't', text: `经过无记名投票，${name}当选村党支部副书记。`, date: '2026-02-27' });
      expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([name]);
    }
  });

  it('names without surnames in brackets on the last line are the writers', () => {
    for (const [a, b] of [['吉克阿依', '洛桑尼玛'], ['扎西多吉', '娜仁高娃']]) {
      const page = `　　3月28日，峨阳市纪委监委举行集体廉政谈话会。市纪委副书记缪长庚主持会议。\n（${a} ${b}）\n`;
      const [r] = extractPage(page, { source: 'p' });
      expect(r?.credits.map((x) => x.name)).toEqual([a, b]);
    }
  });
});
