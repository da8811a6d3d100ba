// Organisations: national bodies by alias (org.alias: 工信部 → 工业和信息化部), suffix-driven names with
// their region prefix kept (org.suffix: 区商务局, 青禾县委, 国务院国有资产监督管理委员会) and jieba's
// organisation words extended over their region prefix (org.jieba-nt).
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { nameStart } from './name-extent.js';
import { isAbbreviationRun } from './place-abbreviation.js';
import { isBoundary, validSuffixEnd } from './suffix-end.js';

/** Person rules with a cue next to the name. */
const CUED_PERSON_RULES = new Set(['person.title-before', 'person.verb-after']);

/** Organisation kinds that are companies: left to company.ts. */
const COMPANY_KINDS = new Set(['enterprise']);

export const recogniseOrganizations: Recogniser = (doc: Doc, earlier: readonly Found[]): Found[] => {
  const k = knowledge();
  const persons = earlier.filter((f) => f.type === 'person');
  return doc.sentences.flatMap((s) => orgsInSentence(doc.text, s, k, persons));
};

function orgsInSentence(text: string, s: Sentence, k: Knowledge, persons: readonly Found[]): Found[] {
  const out: Found[] = [];
  const inPerson = (t: Token): boolean => persons.some((p) => p.start < t.end && t.start < p.end);
  const blocked = (t: Token): boolean => inPerson(t) || k.titles.has(t.word);
  for (const t of s.tokens) {
    const alias = k.orgAliases.longestMatchAt(text, t.start, s.end);
    if (alias && isBoundary(s.tokens, alias.end, text, k)) {
      out.push({ type: 'organization', start: alias.start, end: alias.end, text: text.slice(alias.start, alias.end), rule: 'org.alias', name: alias.value.canonical, kind: alias.value.kind });
    }
    if (t.tag === 'nt' && t.word.length >= 2 && !isAbbreviationRun(t, k) && !nationalGovernment(k, t.word.slice(0, -2), t.word.slice(-2))) {
      const start = nameStart(s.tokens, t.start, s.start, { blocked });
      out.push({ type: 'organization', start, end: t.end, text: text.slice(start, t.end), rule: 'org.jieba-nt', kind: k.orgSuffixes.suffixOf(t.word)?.value ?? 'institution' });
    }
  }
  for (let e = s.start + 2; e <= s.end; e++) {
    const suffix = k.orgSuffixes.longestSuffixEndingAt(text, e, s.start);
    if (!suffix || COMPANY_KINDS.has(suffix.value) || !validSuffixEnd(s.tokens, suffix.start, e, text, k)) continue;
    // a one-character suffix inside a name found with a title before it or a person verb after it (总裁 + 某科 + 说)
    // is the name's last character, not a body
    if (persons.some((p) => p.start <= suffix.start && suffix.start < p.end && CUED_PERSON_RULES.has(p.rule))) continue;
    const start = nameStart(s.tokens, suffix.start, s.start, { blocked, maxTokens: 6, maxChars: 20 });
    if (start >= suffix.start && !standalone(text.slice(suffix.start, e))) continue;
    if (nationalGovernment(k, text.slice(start, suffix.start), text.slice(suffix.start, e))) continue;
    // a world city or division whose last character is a body suffix (某某科, 某某部) is a place
    if (isKnownPlace(k, text.slice(start, e))) continue;
    out.push({ type: 'organization', start, end: e, text: text.slice(start, e), rule: 'org.suffix', kind: suffix.value });
  }
  return out;
}

/** Suffixes that name a body on their own (人大, 政协, 妇联 …): two or more characters, not generic nouns. */
const GENERIC = new Set(['委员会', '办公室', '中心', '政府', '社区', '街道', '大学', '学院', '学校', '医院', '部队', '协会', '学会', '基金会', '工作组', '领导小组', '指挥部', '代表团', '考察团', '俱乐部', '中学', '小学', '幼儿园', '办事处', '研究所', '研究院', '实验室', '法院', '检察院', '电视台', '出版社', '报社', '日报', '晚报', '支队', '大队', '中队', '总会', '联合会', '商会', '工会', '院', '所', '站', '处', '科', '局', '部', '司', '署', '厅', '办', '委', '队', '党委', '党组', '党支部', '支部', '党总支', '研究中心', '服务中心', '卫生院', '人民医院', '中医院', '专班', '分局', '总局']);

/**
 * A country's 政府 (美国政府, 某国政府) stands for the state itself: the country is reported as a place, not
 * the phrase as an organization. Local governments (北河镇人民政府, 市政府) stay organizations.
 */
function nationalGovernment(k: Knowledge, prefix: string, suffix: string): boolean {
  if (suffix !== '政府') return false;
  const place = k.places.get(prefix);
  return place !== undefined && place.kind === 'country';
}

function standalone(suffix: string): boolean {
  return suffix.length >= 2 && !GENERIC.has(suffix);
}

/** The whole word is a known place written in full (not a short form). */
function isKnownPlace(k: Knowledge, word: string): boolean {
  const p = k.places.get(word);
  return p !== undefined && !p.short;
}
