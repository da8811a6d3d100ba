// The region a page is about: the district, county, city or prefecture it names most often (某某新区, 某某县, 某某州). Region-prefixed
// short forms on the page (区委, 区商务局, 区长) are read as that region's bodies.
import type { PreparedArticle } from './article.js';
import { NEWSROOM_WORDS } from '../text/credits.js';
import { knowledge } from './recognise/knowledge.js';

/** the place an organization's name starts with, after a party or front prefix (政协某某县…, 中共某某区委) */
// (a prefecture's 州 or a league's 盟 after a name of two characters or more, and not before a city's or county's level:
// 广州 and 洹州 of 洹州市 are cities' names)
const ORG_PREFIX = /^(?:中国共产党|中共|政协|共青团)?([\u4e00-\u9fff]{1,8}?(?:新区|区|县|市|旗)|[\u4e00-\u9fff]{2,8}?[州盟](?![市县区]))(?=[\u4e00-\u9fff])/;
/** the province an organization's name starts with (河北省农业农村厅, 中共某省委) */
const PROVINCE_PREFIX = /^(?:政协|共青团)?([\u4e00-\u9fff]{2,7}?省)/;
const REGION = /(?:新区|区|县|市|旗|州|盟)$/;
const NOT_REGION = /^(?:全|各|本|该|外)地区$|(?:特别行政区|高新区|开发区|片区|园区|城区|功能区|辖区|社区|景区|保税区|示范区|试验区|自贸区|港区|校区|矿区|林区|牧区|山区|灾区|景区|区域|小区|街区|商区|产业区|集聚区|先行区|引领区)$/;

/** the rule of a place read by its short form (place.ts) */
const SHORT_FORM = 'place.gazetteer-short';

export interface Region {
  name: string;
  kind: string;
  /** by level (市, 县, 区, 旗), the place of that level the page names most often, when one does so alone: a county
   * paper's 市长 is the mayor of the city it names (淮岭市), its 县长 the county's */
  levels?: Readonly<Record<string, string>>;
}

export function pageRegion(articles: readonly PreparedArticle[]): Region | null {
  const counts = new Map<string, number>();
  // the grass-roots places named (某某镇, 某某街道, 某某村, 某某社区): levels of their own, never the page's region
  const below = new Map<string, number>();
  // the provinces named, for the level 省 only
  const provinces = new Map<string, number>();
  for (const a of articles) {
    // (a place abroad, 韩国 + 青罗市, 俄罗斯 + 某某斯克市, is never the page's region: its 市长 is named with it)
    const abroad = abroadEnds(a.found);
    for (const f of a.found) {
      if (f.rule === 'place.foreign' || abroad.has(f.start)) continue;
      // a place, or the place an organization's name starts with (某某新区工委 → 某某新区)
      // (a company registered with its county's name, 某某县某某有限公司, names the county as a body does)
      // (…after a party's name, 九三学社 + 某市委会, 中共 + 某省委: org-aliases.tsv's parties)
      const body = f.type === 'organization' || f.type === 'company' ? afterParty(f.text) : '';
      const name = f.type === 'place' ? (f.name ?? f.text) : body ? (ORG_PREFIX.exec(body)?.[1] ?? '') : '';
      // (a street is often read as the body of its office: 某某街道 as an organization)
      const low = f.type === 'place' ? name : f.type === 'organization' ? (f.name ?? f.text) : '';
      if (low.length >= 3 && GRASS_ROOTS.test(low) && !/^(?:各|全|本|该)/.test(low)) below.set(low, (below.get(low) ?? 0) + 1);
      // (a town's body or village named with its town, 某某镇人民政府, 某某镇某某村村委会: the town)
      const grass = f.type === 'organization' ? GRASS_PREFIX.exec(f.text) : null;
      if (grass && !/^(?:各|全|本|该)/.test(grass[1] as string)) {
        for (const place of [grass[1], grass[2]]) if (place && place !== low) below.set(place, (below.get(place) ?? 0) + 1);
      }
      // (a province is never the page's region, but its bare posts are its own: 副省长 of the 河北省 a portal names)
      const province = f.type === 'place' ? name : f.type === 'organization' ? (PROVINCE_PREFIX.exec(body)?.[1] ?? '') : '';
      if (province.length >= 3 && province.endsWith('省') && isProvince(province)) provinces.set(province, (provinces.get(province) ?? 0) + 1);
      if (name.length < 3 || !REGION.test(name) || NOT_REGION.test(name)) continue;
      // (a short form, 沿河 of 沿河土家族自治县, is often an ordinary word as well, 沿河而下: it counts a quarter)
      counts.set(name, (counts.get(name) ?? 0) + (f.rule === SHORT_FORM ? 0.25 : 1));
    }
  }
  // (a portal's or county paper's newsroom, 来源：某县融媒体中心, names the county the article is from: it counts as
  // half a mention, more than a short form that may be a word, less than a name in the text; often the short form of
  // an autonomous county's name, 某县 for 某某彝族自治县, which the text names in full)
  // (read in the article as printed: a source line before the body is a byline, cut out of the body's text)
  for (const a of articles) {
    const printed = a.src.original.slice(a.src.span.start, a.src.span.end);
    for (const m of printed.matchAll(NEWSROOM)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 0.5);
    // (a newsroom named without its level, 某某融媒讯, takes the level the article calls its own: 我县, 我市)
    const bare = BARE_NEWSROOM.exec(printed);
    const own = bare ? ownLevel(printed) : null;
    if (bare && own && !LEVEL_OF(bare[1] as string)) counts.set(`${bare[1] as string}${own}`, (counts.get(`${bare[1] as string}${own}`) ?? 0) + 0.5);
  }
  foldShortForms(counts);
  let best: string | null = null;
  let n = 0;
  for (const [name, c] of counts) if (c > n || (c === n && best !== null && name.length > best.length)) { best = name; n = c; }
  // the places of both maps, a grass-roots count replacing a region's of the same name (as one Map of both lists'
  // entries would), made only when there is some: most articles name none
  let all: ReadonlyMap<string, number> = counts;
  if (below.size > 0 || provinces.size > 0) {
    const both = new Map(counts);
    for (const [name, c] of below) both.set(name, c);
    for (const [name, c] of provinces) both.set(name, c);
    all = both;
  }
  const levels = levelRegions(all);
  const hasLevels = Object.keys(levels).length > 0;
  // a page that names only places below a county (a town's report) has no region, but its levels still say which
  // town 镇党委 and 镇长 are of
  if (!best) return hasLevels ? { name: '', kind: 'none', levels } : null;
  const kind = best.endsWith('新区') ? 'new area' : best.endsWith('县') || best.endsWith('旗') ? 'county' : best.endsWith('市') ? 'city' : best.endsWith('州') || best.endsWith('盟') ? 'prefecture' : 'district';
  return hasLevels ? { name: best, kind, levels } : { name: best, kind };
}

/** Where a country other than China ends among the finds: what starts there is a place abroad. */
function abroadEnds(found: PreparedArticle['found']): Set<number> {
  const out = new Set<number>();
  for (const f of found) if (f.type === 'place' && f.kind === 'country' && (f.name ?? f.text) !== '中国' && (f.name ?? f.text) !== '中华人民共和国') out.add(f.end);
  return out;
}

/** A county's, district's or city's newsroom (某县融媒体中心, 某市日报社, 某区广播电视台) and the region it is named by. */
// (printed apart, after a mark, a colon or a line's start: 来源：某县融媒体中心, （某县融媒体中心记者 甲）)
const NEWSROOM = new RegExp(String.raw`(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,5}(?:县|区|市|旗))(?:${NEWSROOM_WORDS})`, 'g');

/** A name and a level (索玛州, 沙坝县) that may be an autonomous division's short form. */
const SHORT_OF_AUTONOMOUS = /^([\u4e00-\u9fff]{2,4})(州|县|旗)$/;

/**
 * An autonomous division named in full and short on one page (索玛彝族自治州 and 索玛州): one region, the full name,
 * with the mentions of both. Changes `counts` in place.
 */
function foldShortForms(counts: Map<string, number>): void {
  // the full names by their stem's possible lengths and level (索玛 + 州 → 索玛彝族自治州): one pass over the names
  const fullOf = new Map<string, string>();
  for (const name of counts.keys()) {
    const level = AUTONOMOUS_END.exec(name)?.[1];
    if (level) for (let n = 2; n <= 4 && n < name.length; n++) if (!fullOf.has(name.slice(0, n) + level)) fullOf.set(name.slice(0, n) + level, name);
  }
  if (fullOf.size === 0) return;
  for (const [name, c] of [...counts]) {
    const full = SHORT_OF_AUTONOMOUS.test(name) ? fullOf.get(name) : undefined;
    if (!full || full === name) continue;
    counts.set(full, (counts.get(full) ?? 0) + c);
    counts.delete(name);
  }
}

/** 自治州, 自治县, 自治旗 at a name's end, and the level. */
const AUTONOMOUS_END = /自治(州|县|旗)$/;

/** A newsroom named by its county's or city's name alone (某某融媒讯, 某某融媒体中心): two or three characters. */
const BARE_NEWSROOM = new RegExp(String.raw`(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})(?:${NEWSROOM_WORDS})`);
/** How an article calls its own region: 我县, 我市, 我区, 我旗 (全县 is any county's). */
const OWN_LEVEL = /我(县|市|区|旗)/g;

/** The one level the article calls its own (我县), or null when it calls none or several. */
function ownLevel(text: string): string | null {
  let level: string | null = null;
  for (const m of text.matchAll(OWN_LEVEL)) {
    if (level !== null && level !== m[1]) return null;
    level = m[1] as string;
  }
  return level;
}

/** The levels a one-character prefix names (区 is a district, never a 新区: 区长 of a new area is its own post; a
 * prefecture, 某某地区, is named by 地 of its committee, 地委). */
const LEVEL_OF = (name: string): string | null => (name.endsWith('新区') ? null : name.endsWith('地区') ? '地' : /(?:[省市县区旗州盟镇乡村]|街道|社区)$/.exec(name)?.[0] ?? null);
/** a town, township or street an organization's name starts with, and the village or community after it when the
 * name is its body's (某镇某村村委会, 某街道某社区居委会); no county's or city's level inside (某县乡村振兴局 starts with no
 * township), no 城乡 (住房和城乡建设局) and no 乡村振兴 */
const GRASS_PREFIX = /^([^县市区旗州盟省镇乡和与及\s\d]{2,5}?(?:镇|(?<!城)乡|街道))(?!村振兴)([^县市区旗州盟省镇乡村和与及\s\d]{2,4}?(?:村|社区)(?=村|社区|居|党))?(?=[\u4e00-\u9fff])/;
/** places below a county: towns, townships, streets, villages and communities */
const GRASS_ROOTS = /(?:镇|乡|街道|村|社区)$/;

/** For each level, the place of that level named most often — none where two tie. */
function levelRegions(counts: ReadonlyMap<string, number>): Record<string, string> {
  const top = new Map<string, { name: string; n: number; tie: boolean }>();
  for (const [name, n] of counts) {
    const level = LEVEL_OF(name);
    if (!level) continue;
    const have = top.get(level);
    if (!have || n > have.n) top.set(level, { name, n, tie: false });
    else if (n === have.n && name !== have.name) have.tie = true;
  }
  const out: Record<string, string> = {};
  for (const [level, t] of top) if (!t.tie) out[level] = t.name;
  return out;
}

/** A province of the gazetteer (河北省): a closed list, never the end of a longer phrase read as a name (年度省). Read
 * in the recognisers' place matcher (built from the snapshot): the gazetteer's tables are never loaded for it. */
function isProvince(name: string): boolean {
  return knowledge().places.get(name)?.kind === 'province';
}

/** A body's name after the name of the party it belongs to (民革 + 某市委会, 九三学社 + 某县委员会), else the name. */
function afterParty(text: string): string {
  const party = knowledge().orgAliases.longestMatchAt(text, 0, text.length);
  return party && party.value.kind === 'party' && party.end < text.length ? text.slice(party.end) : text;
}
