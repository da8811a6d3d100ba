// Positions: the titles written before a person's name. A chain "甲工委书记、区委书记某某" gives two positions;
// "区商务局局长某某" gives title 局长 at 区商务局; a bare region title (区长, 市长) gives the post at the region.
// Each piece before the name (split at 、) must end with a title; the body before the title is the organization.
import type { Found } from '../types.js';
import { clauseBreakAt, foundEndingAt, peopleIn, sentenceAt, type RelateContext } from './context.js';
import { expandRegion, regionOfLevel, regionTitle, titleLengthsEndingAt } from './words.js';
import { lastIndexOfEither } from '../text-search.js';
import { canonicalOf } from '../entities.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { bodyOfHead, fullNameOfShort, headOfPost } from './short-bodies.js';
import { formerPiece } from './former-posts.js';
import { tokenStartingAt } from '../tokens.js';
import type { Sentence, Token } from '../types.js';
import { sessionPresidium } from './session-bodies.js';
import { endsWithDivision, isTitle } from '../region-title.js';
import { portfolioBefore, qualifierBefore } from '../post-qualifiers.js';
import { closingListOpenerAt } from '../closing-list.js';
import { bracketPieces } from '../name-brackets.js';
import { ownBodiesOfChain } from './own-bodies.js';
import { enterprisePosts } from './enterprise-posts.js';
import { envoyPost } from './envoy-posts.js';
import { partyCommitteeOfChain, partyCommitteeOfInstitution, partyPostsWithTheirBody } from './party-committees.js';

export interface FoundPosition {
  person: Found;
  title: string;
  organization: Found | { name: string; kind: string } | null;
  evidence: { start: number; end: number };
  rule: string;
}

const MAX_TITLE = 8;

export function findPositions(ctx: RelateContext): FoundPosition[] {
  const out: FoundPosition[] = [];
  const { doc } = ctx;
  const people = peopleIn(ctx);
  // the last body of each party kind a post was read in so far (党委 → 某学院党委): partyPostsOfEarlierBodies
  const partyBodies = new Map<string, FoundPosition['organization']>();
  for (const person of people.items) {
    const sentence = sentenceAt(doc, person.start);
    if (!sentence) continue;
    // the clause before the name (a qualifier in brackets between the posts and the name is no part of either:
    // 县委副书记（挂职）某某)
    const nameAt = person.start - qualifierBefore(doc.text, person.start, sentence.start);
    let from = nameAt;
    while (from > sentence.start && !clauseBreakAt(doc.text, from - 1)) from--;
    // (a closing list's opening words are no part of the first item's posts: 出席会议的还有 + 副县长某某)
    from += closingListOpenerAt(doc.text, from, nameAt);
    let pieceEnd = nameAt;
    let chained = false;
    const chainFrom = out.length;
    while (pieceEnd > from) {
      // the piece starts after the last 、 of the clause before pieceEnd (the search stays in the clause)
      // (兼 joins two posts as 、 does: 董事长兼总经理, 副县长兼县公安局局长)
      const mark = lastIndexOfEither(doc.text, '、', '兼', from, pieceEnd);
      const afterMark = mark < 0 ? from : mark + 1;
      let pieceStart = afterJoinedPerson(doc.text, people.within(afterMark, pieceEnd, (f) => f !== person), pieceEnd) ?? afterMark;
      let hit = envoyPiece(ctx, pieceStart, pieceEnd) ?? titledPiece(ctx, pieceStart, pieceEnd);
      // a post right before the name after a description that ends in 的 (分管应急工作的副县长某某, 兼任某局局长的
      // 副县长某某): the post after 的 is the person's; the chain ends there (relative clauses: appointments.ts)
      const described = !hit && pieceEnd === nameAt ? describedPost(ctx, pieceStart, pieceEnd) : null;
      if (described) ({ start: pieceStart, hit } = described);
      if (people.within(pieceStart, pieceEnd, (f) => f !== person).length > 0) break;
      // a former post (原县委副书记; 某局原党组书记、局长: 原 covers the bare posts written after it) is no post held
      if (formerPiece(doc.text, ctx.found, pieceStart, pieceEnd, sentence)) {
        // (…but not a post written with a body of its own: 原市人大常委会主任、市关工委主任某某 holds the second)
        const own = out.splice(chainFrom).filter((p) => p.rule === 'position.org-title');
        out.push(...own);
        if (!hit || mark < 0) break;
        pieceEnd = pieceStart - 1;
        continue;
      }
      if (!hit) break;
      // a bare deputy's post after the full one in the sentence is in the same body (…主任甲主持会议，副主任乙); a member
      // post with more of the chain before it waits for the chain's body (省委常委、秘书长某某: sameKindBody, below)
      const waits = hit.organization === null && mark >= 0 && MEMBER_POSTS.has(hit.title);
      const organization = hit.organization ?? (waits ? null : deputyOf(out, hit.title, sentence, person.start));
      out.push({ person, title: hit.title, organization, evidence: sentence,
        rule: hit.rule === 'position.level-grade' ? hit.rule : chained ? 'position.title-chain' : organization !== hit.organization ? 'position.deputy' : hit.rule });
      chained = true;
      if (described) break;
      pieceEnd = pieceStart - 1; // skip the 、
    }
    // (posts printed in brackets after the name, when none stands before it: 某某（县人民医院院长）)
    if (out.length === chainFrom) bracketPosts(ctx, person, sentence, out);
    partyGroupOf(out, chainFrom);
    sameRegion(ctx, out, chainFrom);
    sameGrade(out, chainFrom);
    sameKindBody(out, chainFrom);
    membersOfEarlierBodies(out, chainFrom, sentence, person.start);
    partyPostsOfEarlierBodies(out, chainFrom, partyBodies);
    headedPosts(ctx, out, chainFrom);
    enterprisePosts(ctx, out, chainFrom, sentence, person.start);
    partyCommitteeOfChain(out, chainFrom);
    partyCommitteeOfInstitution(ctx, out, chainFrom);
    ownBodiesOfChain(out, chainFrom);
    partyPostsWithTheirBody(out, chainFrom);
    notePartyBodies(out, chainFrom, partyBodies);
  }
  return [...out, ...listItemPosts(ctx, out)];
}

/** The posts in brackets right after the person's name, when every piece of them is one (name-brackets.ts). */
function bracketPosts(ctx: RelateContext, person: Found, sentence: Sentence, out: FoundPosition[]): void {
  const pieces = bracketPieces(ctx.doc.text, person.end, sentence.end);
  if (!pieces) return;
  // (read into `out` as they come, and taken back should a piece be no post)
  const from = out.length;
  for (const p of pieces) {
    const hit = formerPiece(ctx.doc.text, ctx.found, p.start, p.end, sentence) ? null : titledPiece(ctx, p.start, p.end);
    if (!hit) { out.length = from; return; }
    const organization = hit.organization ?? deputyOf(out, hit.title, sentence, person.start);
    out.push({ person, title: hit.title, organization, evidence: sentence, rule: 'position.bracket' });
  }
}

/** The post after the last 的 of the piece [start, end) and where it starts, or null (no 的, no post after it, or one with no body). */
function describedPost(ctx: RelateContext, start: number, end: number): { start: number; hit: Piece } | null {
  const of = ctx.doc.text.lastIndexOf('的', end - 1);
  if (of < start || of + 1 >= end) return null;
  const hit = titledPiece(ctx, of + 1, end);
  // (a post one is stationed in, after the place and 的: 某局派驻某村的第一书记某某 is that village's 第一书记)
  const place = hit && hit.organization === null && STATIONED_POSTS.has(hit.title) ? stationedPlace(ctx.doc.text, start, of) : null;
  if (hit && place) return { start: of + 1, hit: { title: hit.title, organization: { name: place, kind: 'place' }, rule: 'position.stationed' } };
  // (a title there with no body is a role, not a post: 来自某公司的代表某某, 新当选的会长某某 — its body is named
  // elsewhere, where the post is read)
  return hit && hit.organization !== null ? { start: of + 1, hit } : null;
}

/** Posts held where one is stationed by one's unit (驻村第一书记, 工作队队长). */
const STATIONED_POSTS: ReadonlySet<string> = new Set(['第一书记', '驻村第一书记', '队长', '工作队队长']);
/** a verb that stations someone (派驻, 选派到, 下派到, 驻) and the village, community or town it names, before 的 */
const STATIONED_AT = /(?:派驻|选派到|下派到|驻)([\u4e00-\u9fff]{1,6}?(?:村|社区|镇|乡|街道))$/;

/** The place named between a verb that stations someone and 的 at `of` (派驻 + 某村 + 的), or null. */
function stationedPlace(text: string, start: number, of: number): string | null {
  return STATIONED_AT.exec(text.slice(Math.max(start, of - 12), of))?.[1] ?? null;
}

/** Words that join two people each written after a post (县委书记甲和县长乙, 甲与副县长乙, 甲及镇长乙). */
const JOINING_WORDS = ['以及', '和', '与', '及', '同'];

/**
 * Where a piece starts that follows the last of `others` (people before `end` in the clause) and the word joining
 * them (县委书记甲和|县长乙: the piece is 县长, not the clause from its start); null when no person joined so stands
 * before it.
 */
function afterJoinedPerson(text: string, others: readonly Found[], end: number): number | null {
  const last = others[others.length - 1];
  if (!last) return null;
  // (an adverb may stand before the joining word: 副县长甲分别与|某公司董事长乙签约)
  const adverb = JOIN_ADVERBS.find((w) => text.startsWith(w, last.end));
  const at = last.end + (adverb?.length ?? 0);
  const join = JOINING_WORDS.find((w) => text.startsWith(w, at));
  // (…or a verb whose object the person is, 甲会见了某公司董事长乙)
  const verb = join ? undefined : OBJECT_VERBS.find((w) => text.startsWith(w, last.end));
  if (!join && !verb) return null;
  const after = join ? at + join.length : last.end + (verb as string).length;
  const past = verb && text[after] === '了' ? after + 1 : after;
  return past < end ? past : null;
}

/** Verbs whose object is the person after them, written right after the one who acts (甲会见了某公司董事长乙, 甲看望
 * 某村党支部书记乙): the object's posts begin after the verb. */
const OBJECT_VERBS = ['会见', '接见', '会晤', '看望', '慰问', '宴请', '拜会', '拜访', '迎接', '陪同'];

/** Adverbs written between a person and the word that joins another to them (分别与, 先后同, 还与). */
const JOIN_ADVERBS = ['分别', '先后', '共同', '一同', '一起', '还', '也', '又', '并'];

/** 党组 posts written without their body (党组书记, 党组副书记, 党组成员) */
const PARTY_GROUP = /^党组(书记|副书记|成员)$/;

/**
 * In one person's chain of titles, a 党组 post without a body is in the party group of the body another post of the
 * chain names (县政协副主席、党组副书记某某: 副书记 of 县政协党组). Changes out[from…] in place.
 */
function partyGroupOf(out: FoundPosition[], from: number): void {
  if (from === out.length) return; // no post before the name: most people
  bodyOfPartyGroup(out, from);
  const body = out.slice(from).find((p) => p.organization && 'type' in p.organization && p.organization.type === 'organization')?.organization;
  if (!body) return;
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const m = PARTY_GROUP.exec(p.title);
    if (p.organization || !m) continue;
    out[i] = { ...p, title: m[1] === '成员' ? p.title : (m[1] as string), organization: { name: `${canonicalOf(body as Found)}党组`, kind: 'organization' }, rule: 'position.party-group' };
  }
}

/**
 * Bare posts written right after a post graded by its region's level (县级总河长、总林长某某) are at the same level: the
 * grade is written once for the posts after it. Changes out[from…] in place (the chain is read from the name back).
 */
const BARE_RULES = new Set(['position.title-chain', 'position.bare-title']);

function sameGrade(out: FoundPosition[], from: number): void {
  for (let j = out.length - 1; j > from; j--) {
    const graded = out[j] as FoundPosition;
    if (graded.rule !== 'position.level-grade' || !graded.organization) continue;
    for (let i = j - 1; i >= from && BARE_RULES.has((out[i] as FoundPosition).rule) && !(out[i] as FoundPosition).organization; i--) {
      out[i] = { ...(out[i] as FoundPosition), organization: graded.organization, rule: 'position.level-grade' };
    }
  }
}

/** A region's committee, government or congress named in full (某县委, 某县人民政府, 某旗人大常委会) and its region. */
export const REGION_BODY = /^(.{2,}?[县市区旗州盟镇乡])(?:委|党委|党工委|人民政府|政府|人大常委会|人大|政协)$/;

/**
 * A region's post read from the page's region (县长 → the page's county) in a chain with a post in another region's
 * committee or government of the same level is that region's (某县委副书记、县长 in another county's paper: 县长 of
 * 某县, the guests' county, not the paper's). Changes out[from…] in place.
 */
function sameRegion(ctx: RelateContext, out: FoundPosition[], from: number): void {
  if (out.length - from < 2) return;
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const level = p.rule === 'position.region-title' ? regionTitle(p.title) : null;
    if (!level || level.body !== level.level) continue;
    for (const q of out.slice(from)) {
      if (q === p || !q.organization || !('type' in q.organization)) continue;
      const body = q.organization;
      const m = REGION_BODY.exec(body.text);
      // (the region is a place read where the body's name begins, or a name of two or three characters and its level,
      // 某县 of 某县委: not words the body's name ran over, 城市 of 对口支援城市某市委)
      const written = m?.[1];
      if (!written || !written.endsWith(level.level)) continue;
      const place = ctx.found.find((f) => f.type === 'place' && f.start === body.start && f.end === body.start + written.length);
      if (!place && written.length > 4) continue;
      const name = place ? canonicalOf(place) : written;
      const here = p.organization ? ('type' in p.organization ? canonicalOf(p.organization) : p.organization.name) : null;
      if (here !== name) out[i] = { ...p, organization: { name, kind: 'government' }, rule: 'position.chain-region' };
      break;
    }
  }
}

/** A member post (秘书长) of the chain that its own chain gave no body: the body named before it in the sentence (deputyOf). */
function membersOfEarlierBodies(out: FoundPosition[], from: number, sentence: { start: number }, before: number): void {
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    if (p.organization || !MEMBER_POSTS.has(p.title)) continue;
    const organization = deputyOf(out, p.title, sentence, before, MEMBER_POSTS, from);
    if (organization) out[i] = { ...p, organization, rule: 'position.deputy' };
  }
}

/**
 * A party post written bare (党委副书记某某) after another person's post in a party body of that kind, the nearest
 * before it in the article (某学院党委书记甲主持会议。…党委副书记乙): the post in that body (副书记 of 某学院党委); a
 * region's committee (某县党委) is none: its posts are read by the region. `bodies` holds the last such body of each
 * kind read before this chain (notePartyBodies), so the article is not walked back once per post.
 */
function partyPostsOfEarlierBodies(out: FoundPosition[], from: number, bodies: ReadonlyMap<string, FoundPosition['organization']>): void {
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const m = p.organization ? null : PARTY_TITLE_SPLIT.exec(p.title);
    const body = m ? bodies.get(m[1] as string) : undefined;
    if (m && body) out[i] = { ...p, title: m[2] as string, organization: body, rule: 'position.party-body' };
  }
}

/** The party bodies (not a region's) that the chain's posts were read in, each the last of its kind (党委, 党组, 党工委). */
function notePartyBodies(out: readonly FoundPosition[], from: number, bodies: Map<string, FoundPosition['organization']>): void {
  for (let i = from; i < out.length; i++) {
    const o = (out[i] as FoundPosition).organization;
    const name = o ? ('type' in o ? canonicalOf(o) : o.name) : '';
    // (the body the party body leads, none for a region's committee: bodyLedBy; the rest is the party word)
    const led = bodyLedBy(name);
    if (led) bodies.set(name.slice(led.length), o);
  }
}

/** Posts a body of any kind has, whatever the kind of the posts written with them (秘书长 of a party's committee). */
const ANY_BODY_POSTS: ReadonlySet<string> = new Set(['秘书长', '副秘书长']);

/**
 * A bare post in a chain after a post in a body, both posts of the same kind of body, is a post in that body too (某某
 * 有限公司董事长兼总经理: 总经理 of the company; 某某医院院长、主任医师). Posts of other kinds keep no body (县委书记、
 * 主任 is no 主任 of the party committee); 秘书长 serves any body.
 */
function sameKindBody(out: FoundPosition[], from: number): void {
  if (out.length - from < 2) return;
  const kindOf = (title: string): string | undefined => getLexicon().titles.byWord.get(title)?.kind;
  // (the chain was read from the name back: the body's post, written first, comes last)
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    if (p.organization || p.rule !== 'position.bare-title') continue;
    const kind = kindOf(p.title);
    // (the head's post is in a body found, or in one named in full for its short form; not a region's: 县长 of 某县)
    // (a secretary-general serves whatever body the chain names: 某会副主委、秘书长, 常务副主席兼秘书长)
    const any = ANY_BODY_POSTS.has(p.title);
    const head = kind || any ? out.slice(i + 1).find((q) => q.organization && ('type' in q.organization || !endsWithDivision(q.organization.name)) && (any || kindOf(q.title) === kind)) : undefined;
    if (head) out[i] = { ...p, organization: head.organization, rule: 'position.chain-body' };
  }
}

/**
 * A post still bare after the chain's rules and named by a body's head (局长, 副院长, 校长) is a post of the body so
 * named in the article (short-bodies.ts): 某县财政局 … 局长某某. Changes out[from…] in place.
 */
function headedPosts(ctx: RelateContext, out: FoundPosition[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    if (p.organization || p.rule !== 'position.bare-title') continue;
    const head = headOfPost(p.title);
    const body = head ? bodyOfHead(ctx.found, head, p.person.start, true) : null;
    if (body) out[i] = { ...p, organization: body, rule: 'position.short-body' };
  }
}

/** a body's party group or committee, and the body it leads (县教育局党组 → 县教育局) */
export const PARTY_OF_BODY = /^(.{2,}?)(?:党组|党委|党工委)$/;
/** …split into the party body and the post */
const PARTY_TITLE_SPLIT = /^(党组|党委|党工委)((?:副)?书记)$/;
/** a post in a party group or committee written as one title (党组书记, 党委副书记) */
const PARTY_TITLE = /^(?:党组|党委)(?:副)?书记$|^党组成员$/;

/**
 * The body a party group or committee leads (县教育局党组 → 县教育局), or null: none for a region's committee, whose
 * head's post is a region's title read elsewhere (镇党委书记、镇长).
 */
export function bodyLedBy(partyBody: string): string | null {
  const m = PARTY_OF_BODY.exec(partyBody);
  return m && !endsWithDivision(m[1] as string) ? (m[1] as string) : null;
}

/**
 * The other way round: a bare post in a chain with a post in a body's party group or committee is the post of that
 * body (县教育局党组书记、局长某某: 局长 of 县教育局; 县公安局党委副书记、政委某某: 政委 of 县公安局).
 */
function bodyOfPartyGroup(out: FoundPosition[], from: number): void {
  // 某局党委书记 is 书记 of 某局党委 (the title holds the party body: written as the other posts of party bodies are)
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const m = PARTY_TITLE_SPLIT.exec(p.title);
    const o = p.organization;
    if (!m || !o || !('type' in o) || o.type !== 'organization') continue;
    out[i] = { ...p, title: m[2] as string, organization: { name: `${canonicalOf(o)}${m[1] as string}`, kind: 'organization' }, rule: 'position.party-body' };
  }
  let body: string | null = null;
  for (let i = from; i < out.length && !body; i++) {
    const p = out[i] as FoundPosition;
    const o = p.organization;
    const name = o ? ('type' in o ? canonicalOf(o) : o.name) : '';
    // 县教育局党组|书记, or 市卫健委|党组书记 (the title holds the party group)
    body = PARTY_OF_BODY.test(name) ? bodyLedBy(name) : PARTY_TITLE.test(p.title) && name.length >= 2 && !endsWithDivision(name) ? name : null;
  }
  if (!body) return;
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    if (p.organization || p.rule !== 'position.bare-title' || PARTY_GROUP.test(p.title)) continue;
    out[i] = { ...p, organization: { name: body, kind: 'organization' }, rule: 'position.party-body' };
  }
}

/** Posts every body with a leadership has (秘书长 of a 人大常委会 or 政协): written bare after the body's head in one
 * sentence, they are posts in that body (主任甲主持，副主任乙，秘书长丙出席). */
const MEMBER_POSTS = new Set(['秘书长', '副秘书长']);

/**
 * The body of the post that 副X deputises for, or of a member post (秘书长; `members`), named before in the sentence,
 * or null.
 */
export function deputyOf(found: readonly FoundPosition[], title: string, s: { start: number }, before: number, members: ReadonlySet<string> = MEMBER_POSTS, upTo = found.length): FoundPosition['organization'] {
  const member = members.has(title);
  if (!member && !title.startsWith('副')) return null;
  const full = title.slice(1);
  // the posts of this sentence are the last ones found (people are read in text order): walk back over them only
  for (let i = upTo - 1; i >= 0; i--) {
    const p = found[i] as FoundPosition;
    if (p.evidence.start !== s.start) break;
    if (!p.organization || p.person.start >= before) continue;
    // a member post: the body of the last post before it that an organization holds (not a region's 县长); a deputy:
    // the same deputy post again (县政协副主席甲，副主席乙), or the post deputised for (主任甲主持，副主任乙)
    if (member ? ('type' in p.organization ? p.organization.type === 'organization' : p.organization.kind === 'organization') : p.title === full || p.title === title) return p.organization;
  }
  return null;
}

/**
 * The items of a 、-list after a titled name hold the same posts (副主席甲、乙、丙: three 副主席), unless a title of their
 * own stands before them.
 */
function listItemPosts(ctx: RelateContext, found: readonly FoundPosition[]): FoundPosition[] {
  const { doc } = ctx;
  const persons = peopleIn(ctx).items;
  const out: FoundPosition[] = [];
  const postsOf = new Map<Found, FoundPosition[]>();
  for (const p of found) postsOf.set(p.person, [...(postsOf.get(p.person) ?? []), p]);
  for (let i = 1; i < persons.length; i++) {
    const item = persons[i] as Found;
    const prev = persons[i - 1] as Found;
    if (postsOf.has(item) || doc.text[item.start - 1] !== '、' || prev.end !== item.start - 1) continue;
    const head = postsOf.get(prev);
    if (!head) continue;
    const posts = head.filter((p) => p.rule !== 'position.title-chain' || head.length === 1).slice(0, 1);
    const copied = posts.map((p) => ({ ...p, person: item, rule: 'position.list' }));
    postsOf.set(item, copied);
    out.push(...copied);
  }
  return out;
}

type Piece = { title: string; organization: FoundPosition['organization']; rule: string };

/** An envoy's post written with the mission's country and seat (大韩民国驻沈阳总领事): the post in that mission. */
function envoyPiece(ctx: RelateContext, start: number, end: number): Piece | null {
  const e = envoyPost(ctx.doc.text, start, end, (at) => foundEndingAt(ctx.found, at, ['place'])?.start ?? null);
  return e ? { title: e.title, organization: { name: e.mission, kind: 'organization' }, rule: 'position.envoy' } : null;
}

/** The title that ends the piece text[start, end), and the organization written before it. */
function titledPiece(ctx: RelateContext, start: number, end: number): Piece | null {
  const { doc, found } = ctx;
  let best: (Piece & { orgLen: number }) | null = null;
  for (const len of titleLengthsEndingAt(doc.text, end, Math.max(start, end - MAX_TITLE))) {
    const title = doc.text.slice(end - len, end);
    const titleStart = end - len;
    const org = foundEndingAt(found, titleStart, ['organization', 'place', 'company']);
    if (org && org.start >= start) {
      const orgLen = org.end - org.start;
      if (!best || orgLen > best.orgLen) best = { title, organization: org, rule: 'position.org-title', orgLen };
      continue;
    }
    if (best) continue;
    // (a portfolio word before the post is no body of it: 分管 + 副县长)
    const from = start + portfolioBefore(doc.text, start, titleStart);
    const grade = titleStart !== from ? LEVEL_GRADE.exec(doc.text.slice(from, titleStart)) : null;
    if (grade && (grade[1] !== undefined || LEVEL_POSTS.has(title))) {
      // a region's level and 级 before a post (县级总河长, 镇级河长): the post at that level of the page's region
      const name = regionOfLevel(doc.text[from] as string, ctx.region);
      best = { title, organization: name ? { name, kind: 'government' } : null, rule: 'position.level-grade', orgLen: 0 };
      continue;
    }
    if (titleStart !== from) {
      // a body written by its head before the post (局党组 + 书记, 集团 + 总经理, 院党委 + 书记): the body named in full
      // (or a session's presidium written 大会: 大会执行主席, 大会主席团常务主席, session-bodies.ts)
      const short = shortBodyBefore(ctx, from, titleStart);
      if (short) best = { ...inPartyBody(title, short), rule: 'position.short-body', orgLen: 0 };
      continue;
    }
    // a post held where one is stationed (驻村第一书记): the post at that level of the page's region (第一书记 of 某村)
    const stationed = STATIONED.exec(title);
    if (stationed && isTitle(stationed[2] as string)) {
      const name = regionOfLevel(stationed[1] as string, ctx.region);
      best = { title: stationed[2] as string, organization: name ? { name, kind: 'place' } : null, rule: 'position.stationed', orgLen: 0 };
      continue;
    }
    const region = regionTitle(title);
    if (region) {
      const name = region.body === region.level ? regionOfLevel(region.level, ctx.region) : expandRegion(region.body, ctx.region);
      best = { title: region.title, organization: name ? { name, kind: region.kind } : null, rule: 'position.region-title', orgLen: 0 };
    } else {
      best = { title, organization: null, rule: 'position.bare-title', orgLen: -1 };
    }
  }
  if (!best) return memberOfPartyBody(ctx, start, end);
  return { title: best.title, organization: best.organization, rule: best.rule };
}

/** 驻 + the level one is stationed at + the post (驻村第一书记, 驻村工作队队长) */
const STATIONED = /^驻(村|镇|乡|社区)(.+)$/;

/** A region's level and 级 written before a post (县级, 市级, 镇级): the post is the region's. */
/** …with 级 before any post (县级, 镇级), or bare before a chief system's post (县总河长, 市副总林长, 村河长) */
const LEVEL_GRADE = /^[省市县区旗州盟镇乡村](级)?$/;
/**
 * The posts of the chief systems (河长制, 湖长制, 林长制, 田长制): held at a level of the administration, and written
 * with that level bare before them (县总河长) as with 级 (县级河长).
 */
const LEVEL_POSTS: ReadonlySet<string> = new Set(['总河长', '副总河长', '河长', '湖长', '总湖长', '林长', '总林长', '副总林长', '田长', '总田长', '副总田长']);

/** The longest words a piece may hold before a short body (会议由 + 集团党委 + 副书记): a clause's subject and 由. */
const BEFORE_SHORT_MAX = 4;

/**
 * The body named short right before a title (局党组, 集团, 院党委: short-bodies.ts; 大会, 大会主席团: session-bodies.ts),
 * written from the piece's start or after a few words that open the clause (会议由集团党委副书记某某主持), or null.
 */
function shortBodyBefore(ctx: RelateContext, start: number, titleStart: number): { name: string; kind: string } | null {
  const { doc, found } = ctx;
  for (let from = start; from < titleStart && from - start <= BEFORE_SHORT_MAX; from++) {
    // (after the piece's start, only where a word of jieba's starts: not 某某集团 read as 某某 + 集团)
    if (from > start && !wordStartsAt(ctx, from)) continue;
    const written = doc.text.slice(from, titleStart);
    const short = fullNameOfShort(found, written, from) ?? sessionPresidium(found, doc.text, written, from);
    if (short) return short;
  }
  return null;
}

/** A token of the sentence holding `at` starts there, and the token before it is a function word (由, 会议由). */
function wordStartsAt(ctx: RelateContext, at: number): boolean {
  const s = sentenceAt(ctx.doc, at);
  if (!s) return false;
  const i = tokenStartingAt(s, at);
  return i > 0 && OPENS_SHORT.has((s.tokens[i - 1] as Token).word);
}

/** Words right before a short body that end a clause's opening (会议由, 由, 并由, 会上): no part of a name. */
const OPENS_SHORT = new Set(['由', '会上', '并', '同时', '随后', '会议']);

/**
 * A party post written as one title after a body (局 + 党组书记, 院 + 党委副书记, 局 + 党组成员) is a post in the body's
 * party group or committee (书记 of 某局党组; 党组成员 of 某局党组), as bodyOfPartyGroup reads a body found.
 */
function inPartyBody(title: string, body: { name: string; kind: string }): { title: string; organization: { name: string; kind: string } } {
  const split = PARTY_TITLE_SPLIT.exec(title);
  if (split) return { title: split[2] as string, organization: { name: body.name + (split[1] as string), kind: 'organization' } };
  const member = /^(党组|党委)成员$/.exec(title);
  if (member) return { title, organization: { name: body.name + (member[1] as string), kind: 'organization' } };
  return { title, organization: body };
}

/** A party body whose members are a post of their own (县政府党组成员, 县教育局党组成员, 镇党委成员). */
const PARTY_BODY_END = /(?:党组|党委|党工委|党总支|党支部)$/;
const MEMBER = '成员';

/**
 * 某某党组 + 成员, where the recogniser read the party group into the body (县政府党组 + 成员; 成员 alone is any group's
 * member, no title of the dictionary): the post 党组成员 (党委成员 …) in that party body.
 */
export function memberOfPartyBody(ctx: RelateContext, start: number, end: number): Piece | null {
  if (!ctx.doc.text.endsWith(MEMBER, end)) return null;
  const org = foundEndingAt(ctx.found, end - MEMBER.length, ['organization']);
  const party = org && org.start >= start ? PARTY_BODY_END.exec(org.text)?.[0] : undefined;
  return party && org ? { title: party + MEMBER, organization: org, rule: 'position.org-title' } : null;
}
