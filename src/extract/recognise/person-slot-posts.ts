// Names written before their post or the verb that gives it (person.title-after, person-slot.ts): a leader's name
// before the title in the speech being studied (学习贯彻某某主席重要讲话精神), a name before 同志 in a notice
// (某某同志任…), and a name opening a clause before 任, 兼任, 当选为 … when a title follows in the clause
// (经研究决定：某某任县财政局局长).
import { POST_VERBS } from '../post-verbs.js';
import type { Found, Token } from '../types.js';
import { tokenCovering, tokenEndingAt, tokenStartingAt } from '../tokens.js';
import type { Knowledge } from './knowledge.js';
import { charTable, hasCharAt, unitTable } from './char-table.js';
import { memoOn } from './memo-on.js';
import { HIGH_RANK, leftClosed, NAME_DOT, nameShape, studyVerbBefore } from './person-slot-shape.js';
import type { Ctx, Slot } from './person-slot-shape.js';

/**
 * person.title-after: a name right before a leader's title or 同志 in the speech being studied (学习贯彻某某主席重要
 * 讲话精神, 会议认真学习了某某·某某主席在…上的讲话), where a clause, a verb or a particle ends just before it: the
 * longest such reading. The speaker is a person, never an attendee (attendance.ts).
 */
export function namesBeforeTitles(c: Ctx): Found[] {
  const { k, text, s } = c;
  const out: Found[] = [];
  const first = titleOrComradeFirst(k);
  for (let t = s.start + 2; t < s.end; t++) {
    if (!hasCharAt(first, text, t)) continue;
    const title = k.titles.longestMatchAt(text, t, s.end);
    const comrade = text.startsWith('同志', t);
    if (!comrade && (!title || title.value.rank < HIGH_RANK)) continue;
    const after = comrade ? t + 2 : (title as { end: number }).end;
    const speech = SPEECH_AFTER.test(text.slice(after, after + 8));
    // the title is a word of its own (全国政协/主席: 全国 is no name)
    if (tokenEndingAt(s, t) < 0 && !/[·•‧・]/.test(text.slice(Math.max(s.start, t - 8), t))) continue;
    const starts: number[] = [];
    for (let b = t - 2; b >= Math.max(s.start, t - 16); b--) {
      // a name that is also a word (马某 read as 马力) only after a verb of study (学习贯彻某某主席…讲话精神)
      const study = studyVerbBefore(c, b);
      // the verb of study itself is no part of the name (受某某主席委托: not 受某某)
      if ((!study && !speech && !comrade) || studyVerbBefore(c, b + 1)) continue;
      // a name that is also a word: after a verb of study, or before 同志 and a post given or left (某某同志任…)
      const sure = study || (comrade && APPOINTED_AFTER.test(text.slice(after, after + 4)));
      const slot: Slot = { role: false, rank: sure ? HIGH_RANK : 0, inList: false, closedBy: 3 };
      if (leftClosed(c, b) && nameShape(c, b, t, slot)) starts.push(b);
    }
    // the longest reading (旦增拉姆, not 拉姆 after a piece jieba tagged as a verb)
    if (starts.length === 0) continue;
    const b = starts[starts.length - 1] as number;
    const name = text.slice(b, t);
    out.push({ type: 'person', start: b, end: t, text: name, rule: NAME_DOT.test(name) ? 'person.dotted' : 'person.title-after', strong: true });
  }
  return out;
}

/** Verbs that give the name before them a post (某某任县财政局局长, 某某兼任, 某某当选为): longest first. */
const GIVES_POST_AFTER = new RegExp(`^(?:被任命为|当选为|${POST_VERBS.join('|')}|任)`);

/** How far after such a verb the post's title may end (a body and its title: 县住房和城乡建设局副局长). */
const POST_GIVEN_REACH = 24;

/**
 * person.title-after in an appointment notice without 同志 (经研究决定：某某任县财政局局长；某某兼任…): a name that opens a
 * clause (leftClosed) right before a verb that gives a post, when a title ends later in the same clause. The post
 * after the verb is the slot: a name that is also a word is whole (the longest reading); relations read the post
 * (appointments.ts).
 */
export function namesBeforePostsGiven(c: Ctx): Found[] {
  const { k, text, s } = c;
  const out: Found[] = [];
  for (let t = s.start + 2; t < s.end; t++) {
    const verb = GIVES_POST_AFTER.exec(text.slice(t, t + 5));
    // the verb is a word of its own, or the end of one jieba glued to the name (林立/新任, 欧阳/青任/x); not the 任 of
    // 主任 (a title ends there)
    if (!verb || k.titlesBack.longestSuffixEndingAt(text, t + 1, s.start)) continue;
    if (tokenStartingAt(s, t) < 0 && (s.tokens[tokenCovering(s, t)]?.end ?? -1) !== t + verb[0].length) continue;
    // (…nor the 任 of another verb: 曾担任, 就任, 历任)
    if (TAIL_OF_VERB.has(text.slice(t - 1, t + 1)) || !postInClause(c, t + verb[0].length)) continue;
    // an adverb between the name and the verb (某某还担任, 某某也兼任) is no part of the name
    const adverb = tokenEndingAt(s, t);
    const end = adverb >= 0 && ADVERB_BEFORE_VERB.has((s.tokens[adverb] as Token).word) ? (s.tokens[adverb] as Token).start : t;
    const slot: Slot = { role: false, rank: HIGH_RANK, inList: false, closedBy: 3 };
    let best = -1;
    for (let b = end - 2; b >= Math.max(s.start, end - 16); b--) if (leftClosed(c, b) && nameShape(c, b, end, slot)) best = b;
    if (best < 0) continue;
    const name = text.slice(best, end);
    out.push({ type: 'person', start: best, end, text: name, rule: NAME_DOT.test(name) ? 'person.dotted' : 'person.title-after', strong: true });
  }
  return out;
}

/** Verbs that end in 任 and are no name + 任 (曾担任: 曾 is a surname too). 新任 is not among them: 林立新 + 任. */
const TAIL_OF_VERB = new Set(['担任', '兼任', '挂任', '出任', '改任', '调任', '就任', '升任', '离任', '卸任', '继任', '留任', '连任', '历任', '现任', '曾任', '接任', '转任', '专任', '主任', '信任', '责任', '上任', '到任', '委任', '聘任', '胜任', '前任', '首任', '赴任']);

/** Adverbs written between a name and the verb that gives the post (某某还担任, 某某曾任, 某某已兼任). */
const ADVERB_BEFORE_VERB = new Set(['还', '也', '曾', '已', '又', '再', '将', '均', '都', '已经', '曾经', '先后', '同时', '现', '正式']);

/** A title ends after `from` before the clause does (a mark) and within POST_GIVEN_REACH. */
function postInClause(c: Ctx, from: number): boolean {
  const { k, text, s } = c;
  const last = Math.min(s.end, from + POST_GIVEN_REACH);
  for (let i = from; i < last && !hasCharAt(CLAUSE_MARKS, text, i); i++) if (k.titles.longestMatchAt(text, i, s.end)) return true;
  return false;
}

/** Marks that end a clause. */
const CLAUSE_MARKS = charTable('，,。；;：:！!？?');

/** What follows a leader's title after a name: the speech or instruction studied (某某主席重要讲话, 某某同志在…上的讲话) */
const SPEECH_AFTER = /^(?:的)?(?:重要|讲话|指示|批示|论述|贺信|致辞|署名文章|委托|在)/;

/** …and what follows 同志 in an appointment notice (某某同志任…书记；某某同志不再担任…职务) */
const APPOINTED_AFTER = /^(?:任|兼任|担任|不再担任|为)/;

/** The first units of titles and of 同志: where namesBeforeTitles looks for what follows a name. */
const titleOrComradeFirst = memoOn((k: Knowledge) => unitTable(k.titles.firstUnits(), ['同'.charCodeAt(0)]));
