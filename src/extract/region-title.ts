// Region-prefixed titles and bodies, a small closed pattern read from the lexicon's titles: 区长 → the district;
// 区委书记 → the post 书记 in the district's party committee 区委; 区商务局 → the page region's 商务局. Used by the
// title recogniser (the body is an organization mention) and by the relation finders (positions, page regions).
import { getLexicon } from '../lexicon/lexicon.js';
import { charTable, hasCharAt } from './recognise/char-table.js';

export function isTitle(word: string): boolean {
  return getLexicon().titles.byWord.has(word);
}

/**
 * The lengths of the titles that end at `end` and start at or after `floor`, longest first: one walk of the
 * titles' suffix trie, instead of a slice and a look-up per length.
 */
export function titleLengthsEndingAt(text: string, end: number, floor: number): number[] {
  const matches = getLexicon().titles.suffix.allSuffixesEndingAt(text, end, floor);
  const out = new Array<number>(matches.length);
  for (let i = 0; i < matches.length; i++) out[matches.length - 1 - i] = end - (matches[i] as { start: number }).start;
  return out;
}

/** The one-character region prefixes, each the name of its level, by code unit. */
const LEVELS = charTable('省市区县镇乡州旗盟村');
/** Levels written with two characters: a street (街道), a community (社区), and Inner Mongolia's township (苏木) and village (嘎查) */
const LONG_LEVELS = ['街道', '社区', '苏木', '嘎查'];
const BODIES = ['委', '政府', '人民政府', '人大', '人大常委会', '政协', '纪委', '监委', '委办', '党委', '党工委', '党支部', '党总支',
  '委会', '居委会', '办事处', '人武部', '人民武装部', '武装部'];
/** …longest first (村 + 委会 before 村 + 委; 街道 + 党工委 before 街道 + 党) */
const BODIES_LONGEST_FIRST = [...BODIES].sort((a, b) => b.length - a.length);
/** Bodies of the grass roots (a village's 委会, a community's 居委会, a street's 办事处): government, not party */
const NOT_PARTY = new Set(['委会', '居委会', '办事处']);

/** The level a title or body begins with (区 of 区长, 街道 of 街道党工委), or null. */
function leadingLevel(s: string, from = 0): string | null {
  for (const l of LONG_LEVELS) if (s.startsWith(l, from)) return l;
  // (the level is the character itself: tested by code unit, made a string only when it is one)
  if (hasCharAt(LEVELS, s, from)) return s[from] as string;
  // a prefecture (某某地区) names its party committee 地委 (地委书记, 地委常委): 地 is its level there only (基地委员会 is
  // no 地委)
  return s.startsWith(PREFECTURE_COMMITTEE, from) && s[from + 2] !== '员' ? '地' : null;
}

/** A prefecture's party committee, written with its level 地 (某某地区 → 某某地委). */
const PREFECTURE_COMMITTEE = '地委';

/** bodies titles.tsv writes with their posts (政协主席, 纪委书记): the title recogniser splits those itself */
const WRITTEN_WITH_POSTS: ReadonlySet<string> = new Set(['政协', '人大常委会', '纪委', '监委']);
/** Bodies of a region that a post written after them may be glued to (镇 + 党委 + 组织委员, 村 + 党支部 + 书记); not
 * the government, whose offices are written with it (县政府 + 办主任 is 县政府办's 主任). */
const COMPOSED_BODIES = BODIES_LONGEST_FIRST.filter((b) => !b.includes('政府') && !WRITTEN_WITH_POSTS.has(b));

/**
 * A region's level and one of its party or people's bodies written at `at` (镇党委, 村党支部, 街道党工委, 乡人大): the
 * offset where the body ends and its kind, or null. The title recogniser reads a post right after it (镇党委 + 委员)
 * when titles.tsv lists no title for the whole (it lists 镇党委书记, not every post of every level's committee).
 */
export function regionBodyAt(text: string, at: number): { end: number; kind: string } | null {
  const level = leadingLevel(text, at);
  if (!level) return null;
  const from = at + level.length;
  for (const body of COMPOSED_BODIES) {
    if (text.startsWith(body, from)) return { end: from + body.length, kind: body === '人大' ? 'legislature' : body.includes('委') && !NOT_PARTY.has(body) ? 'party' : 'government' };
  }
  return null;
}

export interface RegionTitle {
  level: string;
  /** the body the post is in: the level itself (区 for 区长) or a region-prefixed body (区委) */
  body: string;
  title: string;
  kind: string;
}

/** 区长 → {body 区, title 区长}; 区委书记 → {body 区委, title 书记}; 市政府秘书长 → {body 市政府, title 秘书长}. */
export function regionTitle(title: string): RegionTitle | null {
  // 常务副县长, 代区长: a qualifier before the post keeps the post's level
  const qualifier = /^(?:常务(?=副)|代(?=.长$))/.exec(title)?.[0] ?? '';
  if (qualifier) {
    const inner = regionTitle(title.slice(qualifier.length));
    return inner && inner.body === inner.level ? { ...inner, title } : null;
  }
  const deputy = title.startsWith('副') ? '副' : '';
  const level = leadingLevel(title, deputy.length);
  if (!level) return null;
  if (deputy) return level.length === 1 && /^副.长$/.test(title) ? { level, body: level, title, kind: 'government' } : null;
  for (const body of BODIES_LONGEST_FIRST) {
    // (the title starts with the level: the body is read after it, with no string joined per body)
    if (!title.startsWith(body, level.length)) continue;
    const rest = title.slice(level.length + body.length);
    if (rest && isTitle(rest)) {
      return { level, body: level + body, title: rest, kind: body.includes('委') && !NOT_PARTY.has(body) ? 'party' : 'government' };
    }
  }
  if (level.length === 1 && /^.长$/.test(title)) return { level, body: level, title, kind: 'government' };
  return null;
}

const PARTY_DEPARTMENTS = new Set(['组织部', '宣传部', '统战部']);
const COMMISSIONS = new Set(['纪委', '监委', '政法委', '政协', '人大常委会']);

/** The page's region and, by level, the place of each level it names most often (region.ts). */
export interface PageRegion {
  name: string;
  levels?: Readonly<Record<string, string>>;
}

/** The place a one-character level (区, 县, 市) stands for on the page: the page's region when it is of that level,
 * else the one place of that level the page names most often; null when none. */
export function regionOfLevel(level: string, region: PageRegion | null): string | null {
  if (!region) return null;
  if (region.name && region.name.endsWith(level)) return region.name;
  return region.levels?.[level] ?? null;
}

/** A region-prefixed short form (区商务局, 区委, 市委) expanded with the page's place of that level (某某新区商务局). */
export function expandRegion(body: string, region: PageRegion | null): string {
  // a department of the party committee written bare (组织部, 统战部) is the page region's (某某县委组织部); a
  // commission (纪委, 政法委) the region's own
  if (region?.name && PARTY_DEPARTMENTS.has(body)) return `${region.name}委${body}`;
  if (region?.name && COMMISSIONS.has(body)) return `${region.name}${body}`;
  // (the Youth League's committee of a region, 团县委, is named with the region inside: 团某某县委)
  const league = /^团([县市区旗州盟])委$/.exec(body);
  if (league) {
    const seat = regionOfLevel(league[1] as string, region);
    if (seat) return `团${seat}委`;
  }
  // (a prefecture's or league's government written short, 行署, is the page prefecture's or league's 行政公署)
  if (body === '行署' || body === '行政公署') {
    const seat = regionOfLevel('地', region) ?? regionOfLevel('盟', region);
    if (seat) return `${seat}行政公署`;
  }
  // (a prefecture's department written with 地区, 地区教育局, is the page prefecture's: 某某地区教育局)
  if (body.startsWith('地区') && body.length > 2) {
    const prefecture = regionOfLevel('地', region);
    if (prefecture?.endsWith('地区')) return prefecture + body.slice(2);
  }
  const level = leadingLevel(body);
  const place = level ? regionOfLevel(level, region) : null;
  if (!place || !level || body.length <= level.length) return body;
  // (a village's committee is written 村委会, its level and 委会: in full the village's name and 村委会, 某某村村委会)
  if (level === '村' && body === '村委会') return place + body;
  // (a prefecture's committee drops 区 of 地区: 某某地区 → 某某地委)
  if (level === '地' && place.endsWith('地区')) return place.slice(0, -1) + body.slice(level.length);
  return place + body.slice(level.length);
}

/** A name that ends with a division's level (某某县, 某某新区, 某某街道): a region, not a body of one. */
const DIVISION_END = /[省市县区镇乡村旗州盟]$|街道$|社区$/;

/** Whether `name` ends with a division's level (某某县, 某某镇, 某某新区, 某某街道, 某某社区). */
export function endsWithDivision(name: string): boolean {
  return DIVISION_END.test(name);
}
