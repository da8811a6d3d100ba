// Credit forms four blind writers printed on the afternoon of 6 December 2026 that kg did not read: a portal's header
// with the site's name and a publishing time before its fields, the house's own staff (本报全媒体记者), an evening
// paper's reporter, an office credited as the author. Every form × names of every shape × places; all fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const PAIRS: [string, string][] = [['龚雪', '邬志宏'], ['欧阳明远', '卜立新'], ['白玛央金', '次仁拉姆'], ['田野', '汤圆'], ['皇甫安然', '司马青']];
const PLACES = ['峡口', '柘源', '鹤汀'];
const BODY = '1月12日，县人大常委会会议举行。县人大常委会主任谭立本主持会议。';

const record = (text: string) => extractRecord({ id: 't', text, date: '2024-03-06' });
const credits = (text: string) => record(text).credits.map((c) => `${c.name}:${c.role}`);

describe('credit forms of discipline, farming, united-front and veterans\' pages', () => {
  it('a portal header: the site, the time it published, then 来源 and 作者 (two names after one field)', () => {
    for (const [a, b] of PAIRS) for (const p of PLACES) for (const when of ['2022-01-14 08:56', '2023.05.06', '2024年3月8日 10:12']) {
      const text = `${p}新闻网　${when}　来源：${p}县融媒体中心　作者：${a} ${b}\n${BODY}`;
      expect(credits(text), text).toEqual([`${a}:作者`, `${b}:作者`]);
    }
  });
  it('the house\'s own staff on lines of their own, boxed (□本报全媒体记者 甲 / □通讯员 乙)', () => {
    for (const [a, b] of PAIRS) for (const role of ['本报全媒体记者', '本报融媒体记者', '本台记者']) {
      // (the house's word may be read as the dateline's: the role is the same with or without it)
      const house = (x: string) => x.replace(/:本(?:报|台|网|刊)/, ':');
      expect(credits(`□${role}　${a}\n□通讯员　${b}\n${BODY}`).map(house)).toEqual([house(`${a}:${role}`), `${b}:通讯员`]);
    }
  });
  it('an evening, morning or city paper\'s reporter (某某晚报记者 甲 文/图)', () => {
    for (const [a] of PAIRS) for (const p of PLACES) for (const paper of ['晚报', '晨报', '都市报']) {
      expect(credits(`${p}${paper}记者 ${a} 文/图\n${BODY}`)).toEqual([`${a}:记者`]);
    }
  });
  it('an office credited as the author is no writer and no person (作者：教务处)', () => {
    for (const office of ['教务处', '党政办', '办公室', '新闻中心']) {
      const text = `${BODY}\n来源：沧岭市委党校 | 作者：${office}\n责任编辑：满园　审核：聂海宁`;
      expect(credits(text), text).toEqual(['满园:责任编辑', '聂海宁:审核']);
      expect(record(text).entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain(office);
    }
  });
});
