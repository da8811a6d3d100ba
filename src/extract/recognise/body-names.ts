// The names of regional bodies as the graph keeps them, one name for each way papers write one body. The mention's
// text stays as printed; only the entity's name changes.
// - A body of a city or county written after its province (江苏省某市委, 广西壮族自治区某县人民政府) is named without
//   the province: the city's or county's name already says which body it is, and other articles (the city's own
//   paper first) write it so.
// - An autonomous division's party committee written with its level twice (某某苗族自治县县委, 某某彝族自治州州委) is
//   named as it is written most (某某苗族自治县委).
import type { Found } from '../types.js';
import type { Knowledge } from './knowledge.js';

/** Kinds of the gazetteer's provincial divisions that a lower division's body may be written after. */
const PROVINCIAL = new Set(['province', 'autonomous-region']);
/** A city's, prefecture's or county's name at the start of the rest: two to six characters and its level. */
const LOWER_DIVISION = /^[\u4e00-\u9fff]{2,6}?(?:市|县|区|州|旗|盟)/;

/** 自治县 + 县委, 自治州 + 州委, 自治旗 + 旗委: the level written twice */
const LEVEL_TWICE = /自治(县|州|旗)\1(?=委)/;

/** The organization finds, each named without a provincial division written before a lower one, and without an
 * autonomous division's level written twice. */
export function bodyNames(k: Knowledge, found: Found[]): Found[] {
  return found.map((f) => {
    if (f.type !== 'organization') return f;
    const written = f.name ?? f.text;
    const name = LEVEL_TWICE.test(written) ? written.replace(LEVEL_TWICE, '自治$1') : written;
    if (name !== written) f = { ...f, name };
    const province = k.places.longestMatchAt(name, 0, name.length);
    if (!province || province.value.short || !PROVINCIAL.has(province.value.kind)) return f;
    const rest = name.slice(province.end);
    const lower = LOWER_DIVISION.exec(rest);
    return lower && lower[0].length < rest.length ? { ...f, name: rest } : f;
  });
}
