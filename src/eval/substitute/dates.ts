// Date shifts for the substitution tier: every year by k, every month by m, every day of the month by d, chosen so
// that each date stays valid and keeps its relation to the others (a bare 30日 in a report of the 1st stays in the
// month before: such a day forbids a day shift). Written dates (2024年3月8日, ３月８日, 二〇二四年三月八日, 8日) and
// ISO dates (the record's date, the golden dates) move alike, so the rewrite is a pure function of a string.
import type { Rng } from './rng.js';

export interface DateShift {
  years: number;
  months: number;
  days: number;
}

const DIGIT = '[0-9０-９]';
const HAN_DIGIT = '[〇零一二三四五六七八九]';
const HAN_NUM = '[一二三四五六七八九十]{1,3}';
/** an Arabic year, month or day; or a whole date in Chinese numerals */
const DATE_RE = new RegExp(
  `(?<![0-9０-９.])(${DIGIT}{4})(年)|(?<![0-9０-９.])(${DIGIT}{1,2})(月)|(?<![0-9０-９.])(${DIGIT}{1,2})([日号])|(${HAN_DIGIT}{4})年(${HAN_NUM})月(?:(${HAN_NUM})日)?`,
  'g',
);
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAN_DIGITS = '〇一二三四五六七八九';

function fromDigits(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

function toDigits(n: number, like: string): string {
  const s = String(n);
  return /[０-９]/.test(like) ? s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c))) : s;
}

function fromHanNumber(s: string): number {
  if (!s.includes('十')) return HAN_DIGITS.indexOf(s);
  const [tens, ones] = s.split('十') as [string, string];
  return (tens ? HAN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? HAN_DIGITS.indexOf(ones) : 0);
}

function toHanNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${n % 10 ? HAN_DIGITS[n % 10] : ''}`;
}

function hanYear(s: string): number {
  return Number([...s].map((c) => (c === '零' ? 0 : HAN_DIGITS.indexOf(c))).join(''));
}

/** Every month and day number a text writes (for the choice of a shift that keeps them valid). */
export function dateParts(text: string): { months: number[]; days: number[]; leapDay: boolean } {
  const months: number[] = [];
  const days: number[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    if (m[3]) months.push(fromDigits(m[3]));
    if (m[5]) days.push(fromDigits(m[5]));
    if (m[8]) months.push(fromHanNumber(m[8]));
    if (m[9]) days.push(fromHanNumber(m[9]));
  }
  return { months, days, leapDay: /2月29日|02-29/.test(text) };
}

/** A random shift that keeps every month in 1..12 and every day in 1..28 (so every date stays valid). */
export function drawShift(rng: Rng, texts: readonly string[], isoDates: readonly string[]): DateShift {
  const months: number[] = [];
  const days: number[] = [];
  let leap = false;
  for (const t of texts) {
    const p = dateParts(t);
    months.push(...p.months);
    days.push(...p.days);
    leap ||= p.leapDay;
  }
  for (const iso of isoDates) {
    const m = ISO_RE.exec(iso);
    if (m) { months.push(Number(m[2])); days.push(Number(m[3])); leap ||= m[2] === '02' && m[3] === '29'; }
  }
  const range = (xs: number[], lo: number, hi: number): number[] => {
    const min = xs.length ? Math.min(...xs) : lo;
    const max = xs.length ? Math.max(...xs) : hi;
    const out: number[] = [];
    for (let s = lo - min; s <= hi - max; s++) out.push(s);
    return out.length ? out : [0];
  };
  const years = leap ? 0 : rng.pick([-4, -3, -2, -1, 1, 2, 3, 4]);
  // a day past the 28th (30日) must land in months that have it, and so must the month before each (a bare 30日 in a
  // report of the 1st is the month before's): 9月30日 moved by -7 months would be 2月30日, no date
  const late = Math.max(0, ...days);
  const monthShifts = range(months, 1, 12).filter((m) => late <= 28 || months.every((x) => daysIn(x + m) >= late && (x + m === 1 || daysIn(x + m - 1) >= late)));
  return { years, months: rng.pick(monthShifts.length ? monthShifts : [0]), days: rng.pick(range(days, 1, 28).filter((d) => !days.some((x) => x > 28) || d <= 0)) };
}

/** Days in a month of a common year (the shift keeps 2月29日 only where it moves no year). */
function daysIn(month: number): number {
  return month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The text with every written date moved by the shift. */
export function shiftDatesInText(text: string, s: DateShift): string {
  if (!s.years && !s.months && !s.days) return text;
  return text.replace(DATE_RE, (all, y?: string, yn?: string, mo?: string, mon?: string, d?: string, dn?: string,
    hy?: string, hm?: string, hd?: string) => {
    if (y) return toDigits(fromDigits(y) + s.years, y) + (yn as string);
    if (mo) return toDigits(fromDigits(mo) + s.months, mo) + (mon as string);
    if (d) return toDigits(fromDigits(d) + s.days, d) + (dn as string);
    if (hy && hm) {
      const year = String(hanYear(hy) + s.years).split('').map((c) => HAN_DIGITS[Number(c)]).join('');
      return `${year}年${toHanNumber(fromHanNumber(hm) + s.months)}月${hd ? `${toHanNumber(fromHanNumber(hd) + s.days)}日` : ''}`;
    }
    return all;
  });
}

/** An ISO date (YYYY-MM-DD) moved by the shift; other strings unchanged. */
export function shiftIsoDate(iso: string, s: DateShift): string {
  const m = ISO_RE.exec(iso);
  if (!m) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${Number(m[1]) + s.years}-${pad(Number(m[2]) + s.months)}-${pad(Number(m[3]) + s.days)}`;
}
