// Credit forms four blind writers printed on 6 December 2026 that kg did not read: a county's newsroom credit
// without its level (某某融媒记者), a special correspondent in a foreign dateline, a colon after the role inside
// brackets and a translator, a portal's header with bars, a Macau paper's name and place glued to 报道, bylines
// under a sub-head. Every form × names of every shape × places; all fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const PAIRS: [string, string][] = [['瞿秋', '杭雨萱'], ['欧阳明远', '卜立新'], ['白玛央金', '次仁拉姆'], ['田野', '汤圆'], ['梁咏诗', '司马青']];
const PLACES = ['澄溪', '柘源', '鹤汀'];
const BODY = '3月5日，县委书记王明主持召开县委常委会会议。';

const credits = (text: string) => extractRecord({ id: 't', text, date: '2024-03-06' }).credits.map((c) => `${c.name}:${c.role}`);

describe('credit forms of the new fields', () => {
  it('a county\'s newsroom credit without its level (某某融媒记者 甲), at the end and on lines of their own', () => {
    for (const [a, b] of PAIRS) for (const p of PLACES) {
      expect(credits(`${BODY}\n（${p}融媒记者 ${a}　通讯员 ${b}）`)).toEqual([`${a}:融媒记者`, `${b}:通讯员`]);
      expect(credits(`${p}融媒记者　${a}\n通讯员　${b}\n${BODY}`)).toEqual([`${a}:融媒记者`, `${b}:通讯员`]);
    }
  });

  it('a special correspondent after a foreign dateline (本报河内3月18日电（特派记者 甲）)', () => {
    for (const [a] of PAIRS) for (const city of ['河内', '万象', '乌兰巴托']) {
      expect(credits(`本报${city}3月18日电（特派记者 ${a}）当地时间3月18日，经贸合作推介会在${city}举行。`)).toEqual([`${a}:特派记者`]);
    }
  });

  it('a colon after the role inside brackets, and a translator of a minority language', () => {
    for (const [a, b] of PAIRS) {
      expect(credits(`${BODY}\n（记者：${a} ${b}　藏文翻译：尼玛顿珠）`)).toEqual([`${a}:记者`, `${b}:记者`, '尼玛顿珠:藏文翻译']);
    }
  });

  it('a portal\'s header with bars between its fields', () => {
    for (const [a, b] of PAIRS) for (const p of PLACES) {
      expect(credits(`来源：${p}日报 | 作者：记者 ${a} 通讯员 ${b} | 发布时间：2024-07-10 09:35\n${BODY}`)).toEqual([`${a}:记者`, `${b}:通讯员`]);
      expect(credits(`来源：${p}县人民检察院　|　文/${a}　图/${b}　|　编辑：农丹\n${BODY}`)).toEqual([`${a}:文`, `${b}:图`, '农丹:编辑']);
    }
  });

  it('a name of three characters and the place it was filed from, glued to 报道 (【本报记者甲某地报道】)', () => {
    for (const name of ['梁咏诗', '欧阳明远', '何嘉欣', '司徒敏']) for (const p of ['澳门', '新澄', '氹仔']) {
      expect(credits(`【本报记者${name}${p}报道】第五届龙舟文化节昨日开幕。`)).toEqual([`${name}:本报记者`]);
    }
  });

  it('bylines on lines of their own under a sub-head', () => {
    for (const [a, b] of PAIRS) {
      const r = extractRecord({ id: 't', text: `——市中院在云渡县巡回审理一起纠纷上诉案\n本报记者 ${a}\n通讯员 ${b}\n${BODY}`, date: '2024-03-06' });
      expect(r.credits.map((c) => `${c.name}:${c.role}`)).toEqual([`${a}:本报记者`, `${b}:通讯员`]);
    }
  });
});
