// A firm's post written bare (董事长, 总经理, 财务总监) after the firm was named in the same sentence: 某某有限公司董事长
// 甲、总经理乙 (乙 is the firm's general manager too), 在某某有限公司，总经理乙介绍; or in a chain with a post in the
// firm's party committee (集团党委副书记、总经理乙 after 某某集团有限公司 is named). Elsewhere such a post stays bare:
// a firm is not a region whose posts the page implies.
import type { Found, Sentence } from '../types.js';
import type { FoundPosition } from './positions.js';
import type { RelateContext } from './context.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { canonicalOf } from '../entities.js';
import { SpanIndex } from '../span-index.js';

/** A party committee of a firm, by its name (某某有限公司党委, 某某集团党委, 某某银行党委): the firm. */
const FIRM_COMMITTEE = /^(.{2,}?(?:公司|集团|银行))(?:党委|党总支|党支部)$/;

/**
 * Bare posts of a firm in the chain out[from…] take the firm of the chain's party post, else the last firm (company) named
 * before `before` in the sentence. Changes out[from…] in place.
 */
export function enterprisePosts(ctx: RelateContext, out: FoundPosition[], from: number, sentence: Sentence, before: number): void {
  const kinds = getLexicon().titles.byWord;
  let firm: FoundPosition['organization'] | undefined;
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    if (p.organization || kinds.get(p.title)?.kind !== 'enterprise') continue;
    firm ??= chainFirm(out, from) ?? lastFirmBefore(ctx, sentence, before) ?? null;
    if (firm) out[i] = { ...p, organization: firm, rule: 'position.firm-post' };
  }
}

/** The firm whose party committee a post of the chain is in, or undefined. */
function chainFirm(out: readonly FoundPosition[], from: number): FoundPosition['organization'] | undefined {
  for (let i = from; i < out.length; i++) {
    const o = (out[i] as FoundPosition).organization;
    const m = o ? FIRM_COMMITTEE.exec('type' in o ? canonicalOf(o) : o.name) : null;
    if (m) return { name: m[1] as string, kind: 'company' };
  }
  return undefined;
}

/** The article's companies by offset, made once per article (a long one has thousands of bare posts). */
const firmsByArticle = new WeakMap<RelateContext, SpanIndex<Found>>();

/** The last company found in the sentence that ends before `before`, or undefined. */
function lastFirmBefore(ctx: RelateContext, sentence: Sentence, before: number): Found | undefined {
  let firms = firmsByArticle.get(ctx);
  if (!firms) { firms = new SpanIndex(ctx.found.filter((f) => f.type === 'company')); firmsByArticle.set(ctx, firms); }
  return firms.within(sentence.start, before).pop();
}
