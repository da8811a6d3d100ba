// Chains of posts before a name (县委常委、宣传部部长某某; 县政府党组成员、副县长某某): every post of the chain, each in its
// body, the bodies named in full after the county the article names — whatever the name. Chains from general
// knowledge of a county's leadership; the county and the people are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const NAMES = ['江晓峰', '高峰', '夏天', '丁一', '长孙明远', '欧阳晓', '扎西多吉', '和平', '宋柳会', '任重'];
const CHAINS: [chain: string, posts: string[]][] = [
  ['县委常委、宣传部部长', ['常委@青禾县委', '部长@青禾县委宣传部']],
  ['县委常委、县委宣传部部长', ['常委@青禾县委', '部长@青禾县委宣传部']],
  ['县委副书记、县长', ['副书记@青禾县委', '县长@青禾县']],
  ['县委常委、常务副县长', ['常委@青禾县委', '常务副县长@青禾县']],
  ['副县长、县公安局局长', ['副县长@青禾县', '局长@青禾县公安局']],
  ['县委常委、县纪委书记、县监委主任', ['常委@青禾县委', '书记@青禾县纪委', '主任@青禾县监委']],
  // a party group's member: the group is read into the body, 成员 after it is the post 党组成员
  ['县政府党组成员、副县长', ['党组成员@青禾县政府党组', '副县长@青禾县']],
  ['县人大常委会党组书记、主任', ['书记@青禾县人大常委会党组', '主任@青禾县人大常委会']],
  ['县委常委、组织部部长', ['常委@青禾县委', '部长@青禾县委组织部']],
  ['县委常委、政法委书记', ['常委@青禾县委', '书记@青禾县政法委']],
  ['县委常委、县委办主任', ['常委@青禾县委', '主任@青禾县委办']],
  ['县政协副主席、县工商联主席', ['副主席@青禾县政协', '主席@青禾县工商联']],
  // 兼 joins two posts as 、 does; a bare post after a company's post of the same kind is the company's
  ['副县长兼县公安局局长', ['副县长@青禾县', '局长@青禾县公安局']],
  ['鑫源农业开发有限公司董事长兼总经理', ['董事长@鑫源农业开发有限公司', '总经理@鑫源农业开发有限公司']],
  ['鑫源农业开发有限公司董事长、总经理', ['董事长@鑫源农业开发有限公司', '总经理@鑫源农业开发有限公司']],
];

describe('a chain of posts before a name', () => {
  it(`${CHAINS.length} chains × ${NAMES.length} names`, () => {
    const wrong: string[] = [];
    for (const [chain, posts] of CHAINS) for (const name of NAMES) {
      const text = `3月5日，青禾县召开全县安全生产工作会议。${chain}${name}出席会议并讲话。`;
      const got = extractRecord({ id: 't', text, date: '2026-03-06' }).positions.filter((p) => p.person === name).map((p) => `${p.title}@${p.organization ?? ''}`).sort();
      if (JSON.stringify(got) !== JSON.stringify([...posts].sort())) wrong.push(`${text} → ${got.join(' ; ')}`);
    }
    expect(wrong).toEqual([]);
  });
  it('a bare post of another kind after a body\'s post keeps no body (县委书记、主任)', () => {
    const got = extractRecord({ id: 't', text: '县委书记、主任江晓峰出席。' }).positions.map((p) => `${p.title}@${p.organization ?? ''}`).sort();
    expect(got).toEqual(['主任@', '书记@县委']);
  });
  it('成员 after a group that is no party body is no post (领导小组成员)', () => {
    expect(extractRecord({ id: 't', text: '领导小组成员江晓峰出席会议并讲话。' }).positions).toEqual([]);
  });
});
