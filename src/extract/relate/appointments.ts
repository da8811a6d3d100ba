// Appointments: posts written after a person's name by the verb that gives them (某某同志任云岭省委委员、常委、书记;
// 任命某某为云岭省人民政府副省长; 某某当选为青禾县委书记). Each 、-piece ends with a title; a piece with its body
// before the title names the body, a bare title keeps the body of the piece before it (委员、常委、书记 of one
// 省委). A post someone leaves (不再担任, 免去…职务) is no position held: nothing is reported for it.
import type { Found } from '../types.js';
import { clauseBreakAt, foundEndingAt, sentenceAt, type RelateContext } from './context.js';
import type { FoundPosition } from './positions.js';
import { titleLengthsEndingAt } from './words.js';
import { indexWithin } from '../text-search.js';

/** Verbs that give a post to the name before them (longest first). */
const GIVES_POST = /^(?:同志)?(?:(?:当选|被任命|被选举|被推举)为|任命为|当选|改任|调任|升任|兼任|出任|担任|任)/;
/** the longest text GIVES_POST matches (同志被推举为) */
const GIVES_POST_REACH = 6;
/** 任命某某为: the post follows the name and 为. */
const NAMED_BEFORE = /(?:任命|提名|选举|推举)$/;
/** …and what stands between the name and the post there (为, 同志为). */
const NAMED_AFTER = /^(?:同志)?为/;
/** A left post: 不再担任 / 免去 … 职务 before or around it. */
const LEAVES = /(?:不再|免去|辞去|卸任|撤销)[^，。；]*$/;
const MAX_TITLE = 8;

export function findAppointments(ctx: RelateContext): FoundPosition[] {
  const { doc, found } = ctx;
  const out: FoundPosition[] = [];
  for (const person of found) {
    if (person.type !== 'person') continue;
    const sentence = sentenceAt(doc, person.start);
    if (!sentence) continue;
    // what follows the name, as far as GIVES_POST can reach (not the rest of the sentence: a long one has many names)
    const rest = doc.text.slice(person.end, Math.min(sentence.end, person.end + GIVES_POST_REACH));
    const given = GIVES_POST.exec(rest);
    // (任命某某同志为: 同志 between the name and 为)
    const namedBy = given ? null : NAMED_AFTER.exec(rest);
    const named = namedBy !== null && NAMED_BEFORE.test(doc.text.slice(Math.max(sentence.start, person.start - 2), person.start));
    if (!given && !named) continue;
    if (LEAVES.test(doc.text.slice(sentence.start, person.start))) continue;
    const from = person.end + (given ? given[0].length : (namedBy as RegExpExecArray)[0].length);
    out.push(...postsFrom(ctx, person, from, sentence));
  }
  return out;
}

/** The 、-pieces from `from` to the clause's end, each ending with a title. */
function postsFrom(ctx: RelateContext, person: Found, from: number, sentence: { start: number; end: number }): FoundPosition[] {
  const { doc, found } = ctx;
  let end = from;
  while (end < sentence.end && !clauseBreakAt(doc.text, end)) end++;
  const out: FoundPosition[] = [];
  let body: FoundPosition['organization'] = null;
  let at = from;
  while (at < end) {
    let pieceEnd = indexWithin(doc.text, '、', at, end);
    if (pieceEnd < 0) pieceEnd = end;
    // the piece ends with a title (职务 after it is the post's word: 秘书长职务)
    const stop = doc.text.endsWith('职务', pieceEnd) ? pieceEnd - 2 : pieceEnd;
    const post = postEndingAt(doc.text, found, at, stop);
    if (!post) break; // words before the title that are no body: not a post
    if (post.org) body = post.org;
    out.push({ person, title: post.title, organization: body, evidence: sentence, rule: 'position.appointed' });
    at = pieceEnd + 1;
  }
  return out;
}

/**
 * The post that ends at `end`: a title with a body found right before it (青禾县委 + 书记, preferred to the region
 * compound 县委书记 inside it), else a title that fills the piece from `start` (常委 after 委员、).
 */
function postEndingAt(text: string, found: readonly Found[], start: number, end: number): { title: string; org: Found | null } | null {
  let bare: { title: string; org: null } | null = null;
  for (const len of titleLengthsEndingAt(text, end, Math.max(start, end - MAX_TITLE))) {
    const title = text.slice(end - len, end);
    const org = foundEndingAt(found, end - len, ['organization', 'company', 'place']);
    if (org && org.start >= start) return { title, org };
    if (end - len === start && !bare) bare = { title, org: null };
  }
  return bare;
}
