// Appointments: posts written after a person's name by the verb that gives them (某某同志任云岭省委委员、常委、书记;
// 任命某某为云岭省人民政府副省长; 某某当选为青禾县委书记). Each 、-piece ends with a title; a piece with its body
// before the title names the body, a bare title keeps the body of the piece before it (委员、常委、书记 of one
// 省委). A post someone leaves (不再担任, 免去…职务) is no position held: nothing is reported for it.
import type { Found } from '../types.js';
import { clauseBreakAt, foundEndingAt, sentenceAt, type RelateContext } from './context.js';
import type { FoundPosition } from './positions.js';
import { regionOfLevel, regionTitle, titleLengthsEndingAt } from './words.js';
import { canonicalOf } from '../entities.js';
import { bodyLedBy, deputyOf, memberOfPartyBody } from './positions.js';
import { sessionPresidium } from './session-bodies.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { indexWithin } from '../text-search.js';
import { POST_VERBS } from '../post-verbs.js';
import { bodyOfHead, headOfPost } from './short-bodies.js';
import { APPOINTMENT_CLAUSE_MARKS } from '../recognise/person-slot-lists.js';

/** Verbs that give a post to the name before them (longest first). */
const GIVES_POST = /^(?:同志)?(?:(?:当选|被任命|被选举|被推举)为|任命为|当选|改任|调任|升任|兼任|挂任|出任|担任|任)/;
/** the longest text GIVES_POST matches (同志被推举为) */
const GIVES_POST_REACH = 6;
/** 任命某某为: the post follows the name and 为. */
const NAMED_BEFORE = /(?:任命|提名|选举|推举|补选|增选|推选|聘任|聘请|续聘)$/;
/** …and what stands between the name and the post there (为, 同志为). */
const NAMED_AFTER = /^(?:同志)?为/;
/** A left post: 不再担任 / 免去 … 职务 before or around it. */
const LEAVES = /(?:不再|免去|辞去|卸任|撤销)[^，。；]*$/;
const MAX_TITLE = 8;


export function findAppointments(ctx: RelateContext): FoundPosition[] {
  const { doc, found } = ctx;
  const out: FoundPosition[] = [];
  // the sentences an appointment verb named someone in before (任命甲为…，乙为…: the verb is written once)
  let namedSentence = -1;
  for (const person of found) {
    if (person.type !== 'person') continue;
    const sentence = sentenceAt(doc, person.start);
    if (!sentence) continue;
    // what follows the name, as far as GIVES_POST can reach (not the rest of the sentence: a long one has many names)
    const rest = doc.text.slice(person.end, Math.min(sentence.end, person.end + GIVES_POST_REACH));
    const given = GIVES_POST.exec(rest);
    // (任命某某同志为: 同志 between the name and 为)
    const namedBy = given ? null : NAMED_AFTER.exec(rest);
    // (推选甲、乙、丙为…: the verb before the first of a 、-list names them all)
    // (甲、乙、丙当选副主席: the verb after the last of a 、-list gives its posts to them all)
    const list = listEndingWith(found, doc.text, person);
    const first = list[0] as Found;
    const named = namedBy !== null && (NAMED_BEFORE.test(doc.text.slice(Math.max(sentence.start, first.start - 2), first.start)) ||
      (namedSentence === sentence.start && APPOINTMENT_CLAUSE_MARKS.has(doc.text[first.start - 1] as string)));
    if (named) namedSentence = sentence.start;
    if (!given && !named) {
      out.push(...profilePosts(ctx, person, sentence), ...relativePosts(ctx, person, sentence));
      continue;
    }
    if (LEAVES.test(doc.text.slice(sentence.start, first.start))) continue;
    const from = person.end + (given ? given[0].length : (namedBy as RegExpExecArray)[0].length);
    // (a deputy's post written bare after the full one given in the sentence is in the same body: 甲当选县工商联主席，
    // 乙当选副主席)
    // (…and a post named by its body's head, 当选会长 in a report of 某商会成立大会, is in the body of that kind named last:
    // short-bodies.ts)
    const posts = postsFrom(ctx, person, from, sentence).map((x) => (x.organization ? x : { ...x, organization: deputyOf(out, x.title, sentence, first.start, ELECTED_MEMBERS) ?? headedBody(ctx, x.title, person.start) }));
    for (const p of list) out.push(...posts.map((x) => (p === person ? x : { ...x, person: p })));
  }
  return out;
}

/** The body a post named by a head (会长, 副校长) stands for at `at`, or null. */
function headedBody(ctx: RelateContext, title: string, at: number): FoundPosition['organization'] {
  const head = headOfPost(title);
  return head ? bodyOfHead(ctx.found, head, at, true) : null;
}

/** Posts written bare after the officers elected before them in a sentence, and in their body: 秘书长, 委员. */
const ELECTED_MEMBERS: ReadonlySet<string> = new Set(['秘书长', '副秘书长', '委员']);

/** The people of the 、-list that `last` ends (甲、乙、丙), in text order; [last] when no 、 joins one before it. */
function listEndingWith(found: readonly Found[], text: string, last: Found): Found[] {
  const list = [last];
  for (let cur = last; text[cur.start - 1] === '、';) {
    const before = foundEndingAt(found, cur.start - 1, ['person']);
    if (!before) break;
    list.unshift(before);
    cur = before;
  }
  return list;
}

/** A profile (任前公示, 干部任免): the person's sex right after the name (某某，男，汉族，1978年5月生，…). */
const PROFILE_SEX = /^[，,（(][男女][，,]/;
/** …and the clause giving the posts held now (…，现任某县交通运输局副局长，拟任…: 拟任 is no post held). */
const HOLDS_NOW = '现任';

/** The posts of a profile's 现任 clause, in the person's sentence; none when the name opens no profile. */
function profilePosts(ctx: RelateContext, person: Found, sentence: { start: number; end: number }): FoundPosition[] {
  const { text } = ctx.doc;
  if (!PROFILE_SEX.test(text.slice(person.end, person.end + 3))) return [];
  for (let i = text.indexOf(HOLDS_NOW, person.end); i >= 0 && i < sentence.end; i = text.indexOf(HOLDS_NOW, i + 1)) {
    if (clauseBreakAt(text, i - 1)) return postsFrom(ctx, person, i + HOLDS_NOW.length, sentence).map((p) => ({ ...p, rule: 'position.profile' }));
  }
  return [];
}

/**
 * A post given in a relative clause before the name (某区副区长、挂任某县委常委、副县长的某某): the pieces between
 * a post verb and 的 right before the name, and the pieces of the clause before the verb when a 、 joins them to it.
 * The verb opens the clause or follows a 、 (not 曾担任, 时任: a post held before is no post held now).
 */
function relativePosts(ctx: RelateContext, person: Found, sentence: { start: number; end: number }): FoundPosition[] {
  const { text } = ctx.doc;
  // (…的 + a post of the name's own + the name: 兼任县应急管理局局长的副县长某某)
  const own = foundEndingAt(ctx.found, person.start, ['position']);
  const of = (own ? own.start : person.start) - 1;
  if (text[of] !== '的' || of <= sentence.start) return [];
  let clause = of;
  while (clause > sentence.start && !clauseBreakAt(text, clause - 1)) clause--;
  const verb = relativeVerbIn(text, clause, of);
  if (!verb) return [];
  const posts = postsFrom(ctx, person, verb.end, sentence, of);
  if (posts.length === 0) return [];
  const before = text[verb.start - 1] === '、' ? postsFrom(ctx, person, clause, sentence, verb.start - 1) : [];
  return [...before, ...posts].map((p) => ({ ...p, rule: 'position.relative' }));
}

/** The last post verb in [start, end) that opens the clause or follows a 、. */
function relativeVerbIn(text: string, start: number, end: number): { start: number; end: number } | null {
  for (let at = end - 2; at >= start; at--) {
    if (at > start && text[at - 1] !== '、') continue;
    const verb = POST_VERBS.find((v) => text.startsWith(v, at));
    if (verb) return { start: at, end: at + verb.length };
  }
  return null;
}

/** The 、-pieces from `from` to the clause's end (or to `until`), each ending with a title. */
function postsFrom(ctx: RelateContext, person: Found, from: number, sentence: { start: number; end: number }, until = sentence.end): FoundPosition[] {
  const { doc, found } = ctx;
  let end = from;
  while (end < until && !clauseBreakAt(doc.text, end)) end++;
  const out: FoundPosition[] = [];
  let body: FoundPosition['organization'] = null;
  let at = from;
  while (at < end) {
    let pieceEnd = indexWithin(doc.text, '、', at, end);
    if (pieceEnd < 0) pieceEnd = end;
    // the piece ends with a title (职务 after it is the post's word: 秘书长职务)
    const stop = doc.text.endsWith('职务', pieceEnd) ? pieceEnd - 2 : pieceEnd;
    // (县财政局党组 + 成员: the post 党组成员 in that party group, as positions.ts reads it)
    const member = memberOfPartyBody(ctx, at, stop);
    const post = member ? { title: member.title, org: member.organization as Found } : postEndingAt(doc.text, found, at, stop);
    if (!post) break; // words before the title that are no body: not a post
    if (post.org) body = post.org;
    // a region's post after a post in one of its bodies (镇党委副书记、镇长) is the region's, not the body's; a
    // body's post after a post in its party group (局党组成员、副局长) is the body's
    const organization = post.org ?? regionOfBody(ctx, post.title, body) ?? bodyOfPartyGroup(post.title, body) ?? body;
    out.push({ person, title: post.title, organization, evidence: sentence, rule: 'position.appointed' });
    at = pieceEnd + 1;
  }
  return out;
}

/**
 * The region a region's post (镇长, 副县长) is held in, read from the body of the post before it (某县某镇党委 → 某县某镇),
 * else the page's region of that level; null for other posts (常委 after 县委委员、 stays in 县委).
 */
function regionOfBody(ctx: RelateContext, title: string, body: FoundPosition['organization']): FoundPosition['organization'] {
  const region = regionTitle(title);
  if (!region || region.body !== region.level) return null;
  const name = body ? ('type' in body ? canonicalOf(body) : body.name) : '';
  const end = name.lastIndexOf(region.level);
  if (end > 0) return { name: name.slice(0, end + region.level.length), kind: region.kind };
  const page = regionOfLevel(region.level, ctx.region);
  return page ? { name: page, kind: region.kind } : null;
}

/** The body whose party group `body` is, for a post that is no party post (副局长 after 局党组成员); else null. */
function bodyOfPartyGroup(title: string, body: FoundPosition['organization']): FoundPosition['organization'] {
  if (!body || getLexicon().titles.byWord.get(title)?.kind === 'party') return null;
  const led = bodyLedBy('type' in body ? canonicalOf(body) : body.name);
  return led ? { name: led, kind: 'organization' } : null;
}

/**
 * The post that ends at `end`: a title with a body found right before it (青禾县委 + 书记, preferred to the region
 * compound 县委书记 inside it), else a title that fills the piece from `start` (常委 after 委员、).
 */
function postEndingAt(text: string, found: readonly Found[], start: number, end: number): { title: string; org: FoundPosition['organization'] } | null {
  let bare: { title: string; org: null } | null = null;
  for (const len of titleLengthsEndingAt(text, end, Math.max(start, end - MAX_TITLE))) {
    const title = text.slice(end - len, end);
    const org = foundEndingAt(found, end - len, ['organization', 'company', 'place']);
    if (org && org.start >= start) return { title, org };
    // (大会 + 执行主席, 大会主席团 + 常务主席: the session's presidium, session-bodies.ts)
    const presidium = sessionPresidium(found, text, text.slice(start, end - len), start);
    if (presidium) return { title, org: presidium };
    if (end - len === start && !bare) bare = { title, org: null };
  }
  return bare;
}
