// Full-width ASCII → ASCII, exotic spaces → ' ', code unit for code unit (same length, identity offset map).
//
// Folded: full-width letters, digits and symbols U+FF01–U+FF5E (Ａ１（）％ → A1()%), so that １９９７年 parses
// as a date and ＡＢＣ公司 matches ABC公司. Kept: the full-width forms that ARE Chinese punctuation
// (，；：？！), which sentence splitting relies on. Chinese punctuation outside that block (。、“”《》)
// is untouched anyway. Spaces: ideographic U+3000, NBSP U+00A0 and the typographic spaces → ' '.

/** Full-width forms that stay: they are the Chinese sentence and clause marks. */
const KEEP = new Set(['！', '，', '：', '；', '？']);

const SPACES = new Set([0x00a0, 0x3000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f]);

/** Fold widths; the result has exactly the length of `text` (UTF-16 code units). */
export function normaliseWidths(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = foldUnit(text.charCodeAt(i));
    if (folded === null) continue;
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The ASCII stand-in for one code unit, or null when it stays. */
function foldUnit(c: number): string | null {
  if (c < 0x00a0 || (c > 0x3000 && c < 0xff01) || c > 0xff5e) return null; // ASCII, Han and most text: kept
  if (c >= 0xff01 && c <= 0xff5e) {
    const ch = String.fromCharCode(c);
    return KEEP.has(ch) ? null : String.fromCharCode(c - 0xfee0);
  }
  return SPACES.has(c) ? ' ' : null;
}
