// A body of a city or county written after its province (江苏省某市委, 广西壮族自治区某县人民政府) is named without the
// province: the city's or county's name already says which body it is, and other articles (the city's own paper
// first) write it so. The province stays in the mention's text; only the entity's name drops it, so that the graph
// holds one body for both spellings.
import type { Found } from '../types.js';
import type { Knowledge } from './knowledge.js';

/** Kinds of the gazetteer's provincial divisions that a lower division's body may be written after. */
const PROVINCIAL = new Set(['province', 'autonomous-region']);
/** A city's, prefecture's or county's name at the start of the rest: two to six characters and its level. */
const LOWER_DIVISION = /^[\u4e00-\u9fff]{2,6}?(?:市|县|区|州|旗|盟)/;

/** The organization finds, each named without a provincial division written before a lower one. */
export function withoutProvince(k: Knowledge, found: Found[]): Found[] {
  return found.map((f) => {
    if (f.type !== 'organization') return f;
    const name = f.name ?? f.text;
    const province = k.places.longestMatchAt(name, 0, name.length);
    if (!province || province.value.short || !PROVINCIAL.has(province.value.kind)) return f;
    const rest = name.slice(province.end);
    const lower = LOWER_DIVISION.exec(rest);
    return lower && lower[0].length < rest.length ? { ...f, name: rest } : f;
  });
}
