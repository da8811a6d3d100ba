// The one test of a Han character by its UTF-16 code unit that the text readers share: the CJK Unified
// Ideographs block (U+4E00–U+9FFF), where the names, words and marks of the rules live. (simplify.ts reads the
// extension and compatibility blocks too, to convert them; person-score.ts adds extension A for rare given names.)

/** The code unit is a CJK Unified Ideograph (U+4E00–U+9FFF). */
export function isHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Every code unit of text[start, end) is a CJK Unified Ideograph. */
export function isHanSpan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}
