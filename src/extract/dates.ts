// Dates in text: absolute (2022年12月2日), month-day (12月2日, year from context), ranges (12月2日至3日,
// 12月2日—3日), day only (26日, month and year from the article date), relative days (今天, 昨天, 前天, 明天),
// weekdays (上周五, 本周一: the article's week, or the one before or after; 周三: the last one on or before the
// article's date) and days of a relative month (本月12日,
// 上月28日).
// The year comes, in order, from the text, the article's date, then the page's most frequent explicit year.

export interface DateContext {
  /** the article's own date (YYYY-MM-DD) */
  articleDate: string | null;
  /** the most frequent explicit 20xx年 of the page */
  pageYear: number | null;
}

export interface FoundDate {
  start: number;
  end: number;
  startDate: string | null;
  endDate: string | null;
  rule: string;
}

const NUM = '(\\d{1,2}|[〇零一二三四五六七八九十]{1,3})';
const YEAR = '(?:((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年)?';
const SEP = '(?:至|到|—|－|-|~|～)';
const FULL = new RegExp(`${YEAR}${NUM}月${NUM}日(?:${SEP}(?:${NUM}月)?${NUM}日)?`, 'g');
const DAY_ONLY = new RegExp(`(?<![月\\d])${NUM}日(?:${SEP}${NUM}日)?(?=[上下中晚早凌傍午夜，,在起前后])`, 'g');
/** How many days after the article's date a bare day (28日) may still be: an event announced ahead. */
const DAYS_AHEAD = 10;
const RELATIVE = /(今天|今日|昨天|昨日|前天|明天|明日)/g;
const REL_OFFSET: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1 };

/**
 * A weekday of this, last or next week (上周五, 本周一, 下星期三, 周日): weeks begin on Monday. Without 上/本/下 only where
 * a clause or a date stands before it (，周五上午; 3月6日周五), and always before a time of day, a mark or a verb of the
 * event: 周 is a surname (周一鸣主持), and 每周一 is every Monday.
 */
const WEEKDAY = /(?:(上|本|这|下)个?|(?<=^|[，,。；;：:、\s（(于在日至到]))(?:周|星期|礼拜)([一二三四五六日天])(?=[上下中晚早凌傍午夜，,、。；;在起召举开前后至到（(\s]|$)/g;
const WEEK_OFFSET: Record<string, number> = { 上: -7, 本: 0, 这: 0, 下: 7 };
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/** A day of this, last or next month (本月12日, 上月28日至30日, 下月3日). */
const MONTH_DAY = new RegExp(`(本|上|下|当)月${NUM}日(?:${SEP}${NUM}日)?`, 'g');
const MONTH_OFFSET: Record<string, number> = { 本: 0, 当: 0, 上: -1, 下: 1 };

const CN: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN)) return Number([...s].map((c) => CN[c]).join(''));
  const t = s.indexOf('十');
  if (t < 0) return CN[s] ?? NaN;
  const tens = t === 0 ? 1 : (CN[s[0] as string] ?? NaN);
  const ones = t === s.length - 1 ? 0 : (CN[s[t + 1] as string] ?? NaN);
  return tens * 10 + ones;
}

export function isoDate(y: number | null, m: number, d: number): string | null {
  if (y === null || !(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  // (a day the month does not have, 2月30日, is no date)
  if (d > 28 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How far after the article's date a month-day of its year may be before it is read as last year's. */
const YEAR_AHEAD_DAYS = 180;
/** How far before the article's date a month-day of its year may be before it is read as next year's. */
const YEAR_BEHIND_DAYS = 300;

/**
 * The year of a month-day printed without one: the article's year — unless that puts the day more than half a year
 * after the article's date (a report looks back: 12月30日 in a report of 2 January is last year's), or most of a year
 * before it (1月3日起施行 in a report of 28 December is next year's). Without an article date, the page's year.
 */
function yearNear(ctx: DateContext, mo: number, d: number): number | null {
  if (!ctx.articleDate) return ctx.pageYear;
  const y = Number(ctx.articleDate.slice(0, 4));
  const iso = isoDate(y, mo, d);
  if (!iso) return y;
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${ctx.articleDate}T00:00:00Z`)) / 86_400_000;
  return days > YEAR_AHEAD_DAYS ? y - 1 : days < -YEAR_BEHIND_DAYS ? y + 1 : y;
}

export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Every date expression in text[start, end), in order. */
export function findDates(text: string, ctx: DateContext, start = 0, end = text.length): FoundDate[] {
  const s = text.slice(start, end);
  const out: FoundDate[] = [];
  // every date ends in 日 (12月2日, 26日, 今日) or 天 (今天), or names a weekday (周五, 星期三, 礼拜一): a range with
  // none of these, most sentences, holds none
  const hasDay = s.includes('日');
  const hasWeek = s.includes('周') || s.includes('星期') || s.includes('礼拜');
  if (!hasDay && !hasWeek && !s.includes('天')) return out;
  if (hasDay) for (const m of matches(FULL, s)) {
    const mo = chineseNumber(m[2] as string);
    const d = chineseNumber(m[3] as string);
    const y = m[1] ? chineseNumber(m[1]) : yearNear(ctx, mo, d);
    const mo2 = m[4] ? chineseNumber(m[4]) : mo;
    const d2 = m[5] ? chineseNumber(m[5]) : null;
    const sd = isoDate(y, mo, d);
    // a range across the new year (12月30日至1月2日) ends in the next
    const y2 = y !== null && (mo2 < mo || (mo2 === mo && d2 !== null && d2 < d)) ? y + 1 : y;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, startDate: sd,
      endDate: d2 === null ? sd : isoDate(y2, mo2, d2), rule: d2 === null ? 'date.month-day' : 'date.range' });
  }
  if (ctx.articleDate) {
    // (a day of a relative month first: its range's second day, 上月28日至30日, is no bare day)
    if (hasDay) for (const m of matches(MONTH_DAY, s)) {
      const [y, mo] = monthFrom(ctx.articleDate, MONTH_OFFSET[m[1] as string] ?? 0);
      const sd = isoDate(y, mo, chineseNumber(m[2] as string));
      const ed = m[3] ? isoDate(y, mo, chineseNumber(m[3])) : sd;
      out.push({ start: start + m.index, end: start + m.index + m[0].length, startDate: sd, endDate: ed, rule: 'date.relative-month' });
    }
    // the article's date in numbers, read at the first bare day (most sentences have none)
    let parts: [number, number, number] | undefined;
    if (hasDay) for (const m of matches(DAY_ONLY, s)) {
      const at = start + m.index;
      if (out.some((o) => at >= o.start && at < o.end)) continue;
      const [ay, amo, ad] = (parts ??= ctx.articleDate.split('-').map(Number) as [number, number, number]);
      const day = chineseNumber(m[1] as string);
      // a day well after the article's (30日 in a report dated the 1st) is in the month before
      const [y, mo] = day > ad + DAYS_AHEAD ? (amo === 1 ? [ay - 1, 12] : [ay, amo - 1]) : [ay, amo];
      const sd = isoDate(y, mo, day);
      const ed = m[2] ? isoDate(y, mo, chineseNumber(m[2])) : sd;
      out.push({ start: at, end: at + m[0].length, startDate: sd, endDate: ed, rule: 'date.day' });
    }
    for (const m of matches(RELATIVE, s)) {
      const sd = addDays(ctx.articleDate, REL_OFFSET[m[1] as string] ?? 0);
      out.push({ start: start + m.index, end: start + m.index + m[0].length, startDate: sd, endDate: sd, rule: 'date.relative' });
    }
    if (hasWeek) for (const m of matches(WEEKDAY, s)) {
      // a weekday written after a date (3月6日周五, 6日（周五）) only names that date's day
      const at = start + m.index;
      if (out.some((o) => o.end === at || (o.end === at - 1 && /[（(]/.test(text[at - 1] as string)))) continue;
      const sd = weekdayNear(ctx.articleDate, m[1] === undefined ? null : WEEK_OFFSET[m[1]] ?? 0, WEEKDAY_NUMBER[m[2] as string] ?? 1);
      out.push({ start: start + m.index, end: start + m.index + m[0].length, startDate: sd, endDate: sd, rule: 'date.weekday' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The day `weekday` (1 Monday … 7 Sunday) of the week `offset` days from the article's (weeks begin on Monday, as
 * China counts them): 上周五 in a report of Wednesday 18 March is 13 March, 本周五 the 20th. A weekday without
 * 上/本/下 (offset null) is the last such day on or before the article's date: a report tells what was held (周五 in
 * that report is the 13th, 周一 the 16th).
 */
function weekdayNear(articleDate: string, offset: number | null, weekday: number): string {
  const today = new Date(`${articleDate}T00:00:00Z`).getUTCDay() || 7;
  if (offset === null) return addDays(articleDate, weekday <= today ? weekday - today : weekday - today - 7);
  return addDays(articleDate, offset + weekday - today);
}

/** The year and month `offset` months from the article's (上月 of a January report is last December). */
function monthFrom(articleDate: string, offset: number): [number, number] {
  const months = Number(articleDate.slice(0, 4)) * 12 + Number(articleDate.slice(5, 7)) - 1 + offset;
  return [Math.floor(months / 12), (months % 12) + 1];
}

/**
 * The matches of a global pattern, as matchAll gives them (none of these patterns matches an empty string), read by
 * exec: matchAll copies the pattern on every call, and findDates is called once per sentence asked about.
 */
function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

/** The most frequent explicit year (19xx年 / 20xx年) of a text, or null. */
export function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) { best = y; n = c; }
  return best;
}

/** The date a dateline states (本报12月4日讯 → 12-04 of the context year). */
export function datelineDate(line: string, ctx: DateContext): string | null {
  const m = /^(?:本报|本刊|本台|新华社|[^，。\s]{0,12}?)(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:电|讯)/.exec(line);
  if (!m) return null;
  return isoDate(m[1] ? Number(m[1]) : yearNear(ctx, Number(m[2]), Number(m[3])), Number(m[2]), Number(m[3]));
}
