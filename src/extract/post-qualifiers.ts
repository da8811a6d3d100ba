// Qualifiers a paper prints in brackets after a post, before its holder's name (县委副书记（挂职）某某): a cadre posted
// from another region (挂职), a grade (正县级), a post held besides (兼). They belong to neither the post nor the name:
// the person recognisers read the name after them as after the post, the positions reader the post before them.

const QUALIFIERS: readonly string[] = ['（挂职）', '(挂职)', '（正县级）', '（副县级）', '（正科级）', '（副科级）', '（兼）'];

/** The length of the qualifier that ends right before `at` and starts at or after `from`; 0 when none. */
export function qualifierBefore(text: string, at: number, from: number): number {
  if (text[at - 1] !== '）' && text[at - 1] !== ')') return 0;
  const q = QUALIFIERS.find((x) => at - x.length >= from && text.startsWith(x, at - x.length));
  return q ? q.length : 0;
}

/**
 * Words written right before a post that say what its holder is charged with, not where the post is (分管副县长,
 * 主管副局长, 联系副市长): the post is read as if written bare.
 */
const PORTFOLIO_WORDS: readonly string[] = ['分管', '主管', '联系'];

/** The length of the portfolio word that fills text[start, titleStart) exactly; 0 when none does. */
export function portfolioBefore(text: string, start: number, titleStart: number): number {
  const n = titleStart - start;
  return PORTFOLIO_WORDS.some((w) => w.length === n && text.startsWith(w, start)) ? n : 0;
}
