// Region-prefixed titles and bodies, a small closed pattern read from the lexicon's titles: 区长 → the district;
// 区委书记 → the post 书记 in the district's party committee 区委; 区商务局 → the page region's 商务局. Used by the
// title recogniser (the body is an organization mention) and by the relation finders (positions, page regions).
import { getLexicon } from '../lexicon/lexicon.js';

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

/** The levels a one-character region prefix names, with the place kinds that fit it. */
const LEVELS: Record<string, string> = { 省: '省', 市: '市', 区: '区', 县: '县', 镇: '镇', 乡: '乡', 州: '州', 旗: '旗' };
const BODIES = ['委', '政府', '人民政府', '人大', '人大常委会', '政协', '纪委', '监委', '委办', '党委'];

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
  const level = LEVELS[title[deputy.length] as string];
  if (!level) return null;
  if (deputy) return /^副.长$/.test(title) ? { level, body: level, title, kind: 'government' } : null;
  for (const body of BODIES) {
    if (title.startsWith(level + body) && isTitle(title.slice(1 + body.length))) {
      return { level, body: level + body, title: title.slice(1 + body.length), kind: body.includes('委') ? 'party' : 'government' };
    }
  }
  if (/^.长$/.test(title)) return { level, body: level, title, kind: 'government' };
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
  if (region.name.endsWith(level)) return region.name;
  return region.levels?.[level] ?? null;
}

/** A region-prefixed short form (区商务局, 区委, 市委) expanded with the page's place of that level (某某新区商务局). */
export function expandRegion(body: string, region: PageRegion | null): string {
  // a department of the party committee written bare (组织部, 统战部) is the page region's (某某县委组织部); a
  // commission (纪委, 政法委) the region's own
  if (region && PARTY_DEPARTMENTS.has(body)) return `${region.name}委${body}`;
  if (region && COMMISSIONS.has(body)) return `${region.name}${body}`;
  const level = LEVELS[body[0] as string];
  const place = level ? regionOfLevel(level, region) : null;
  if (!place || body.length < 2) return body;
  return place + body.slice(1);
}
