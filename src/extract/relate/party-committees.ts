// Posts of a party committee written without its body (党委书记, 党委副书记, 党委常委, 党委委员) in an institution's
// own news: the committee is the institution's, named by a post of the same chain in it (党委副书记、校长某某) or by the
// one institution the article names. A region's committee is named from its region (县委, 镇党委), never so.
import type { RelateContext } from './context.js';
import type { FoundPosition } from './positions.js';
import { PARTY_OF_BODY, REGION_BODY } from './positions.js';
import { canonicalOf } from '../entities.js';
import { endsWithDivision } from '../region-title.js';

/** A post in a party committee written without its body (党委书记, 党委副书记, 党委常委, 党委委员) */
const PARTY_COMMITTEE_POST = /^党委(书记|副书记|常委|委员)$/;

/**
 * A bare post in a party committee, in a chain with a post in a body that is no region's (a university, a hospital, a
 * company: 党委副书记、校长某某 in a university's news) is a post in that body's party committee (副书记 of 某大学党委).
 * A region's committee is named from its region (县委, 镇党委), never so. Changes out[from…] in place.
 */
export function partyCommitteeOfChain(out: FoundPosition[], from: number): void {
  if (out.length - from < 2) return;
  const body = out.slice(from).map((p) => p.organization).find((o) => o !== null && !regionBodyOf(o));
  if (!body) return;
  const name = 'type' in body ? canonicalOf(body) : body.name;
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const m = p.organization ? null : PARTY_COMMITTEE_POST.exec(p.title);
    if (m) out[i] = { ...p, title: m[1] as string, organization: { name: `${name}党委`, kind: 'organization' }, rule: 'position.party-body' };
  }
}

/** A party post written with its party body's word right after a body (某某有限公司 + 党委书记, 某银行 + 党委副书记). */
const PARTY_POST_OF_BODY = /^(党委|党组|党工委)(书记|副书记|委员)$/;

/**
 * A party post written whole after the name of a body that is not itself a party body (某某股份有限公司党委书记: the
 * company recogniser ends the name at its legal form) is a post in that body's party committee: 书记 of 某某股份有限公司
 * 党委, as 某县人民医院党委书记 is read. Changes out[from…] in place.
 */
export function partyPostsWithTheirBody(out: FoundPosition[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const m = p.organization ? PARTY_POST_OF_BODY.exec(p.title) : null;
    if (!m || !p.organization) continue;
    const name = 'type' in p.organization ? canonicalOf(p.organization) : p.organization.name;
    // (a party body already, 某局党组 or a branch, 某村党支部, is no body the post is written after; nor a region's)
    if (/(?:党支部|党总支)$/.test(name) || regionBodyOf(p.organization)) continue;
    out[i] = { ...p, title: m[2] as string, organization: { name: `${name}${m[1] as string}`, kind: 'organization' }, rule: 'position.party-body' };
  }
}

/** Institutions that have a party committee of their own and name it bare in their own news (党委书记某某). */
const INSTITUTION_ENDS: readonly string[] = ['大学', '学院', '医院', '中学', '小学', '有限公司', '集团'];
export const isInstitution = (name: string): boolean => INSTITUTION_ENDS.some((end) => name.endsWith(end));

/**
 * A bare post of a party committee with no body in its chain, in an article that names one institution only (a
 * university's, a hospital's or a company's own news: 党委书记某某主持会议), is a post in that institution's party
 * committee. With two institutions named, or none, the post stays bare. Changes out[from…] in place.
 */
export function partyCommitteeOfInstitution(ctx: RelateContext, out: FoundPosition[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const m = p.organization ? null : PARTY_COMMITTEE_POST.exec(p.title);
    if (!m) continue;
    const only = soleInstitution(ctx);
    if (only) out[i] = { ...p, title: m[1] as string, organization: { name: `${only}党委`, kind: 'organization' }, rule: 'position.party-body' };
  }
}

/** The one institution the article names (INSTITUTION_ENDS), or null when it names none or several: read once per
 * article, not once per bare post. */
const soleByArticle = new WeakMap<RelateContext, string | null>();
function soleInstitution(ctx: RelateContext): string | null {
  const known = soleByArticle.get(ctx);
  if (known !== undefined) return known;
  const only = readSoleInstitution(ctx);
  soleByArticle.set(ctx, only);
  return only;
}

function readSoleInstitution(ctx: RelateContext): string | null {
  let only: string | null = null;
  for (const f of ctx.found) {
    if (f.type !== 'organization' && f.type !== 'company') continue;
    const name = canonicalOf(f);
    if (!isInstitution(name)) continue;
    if (only !== null && only !== name) return null;
    only = name;
  }
  return only;
}

/** The organization is a region's own (a place, its government, its committee or congress), or a party body (某局党组,
 * 纪委: a committee has no party committee of its own). */
function regionBodyOf(o: NonNullable<FoundPosition['organization']>): boolean {
  if ('type' in o && o.type === 'place') return true;
  if (o.kind === 'government' || o.kind === 'place' || o.kind === 'district' || o.kind === 'county') return true;
  const name = 'type' in o ? canonicalOf(o) : o.name;
  return endsWithDivision(name) || REGION_BODY.test(name) || PARTY_OF_BODY.test(name) || name.endsWith('委');
}
