// A one-character pattern (a class such as /[\s\u3000]/) as a table by UTF-16 unit: a scan reads the table at
// `text.charCodeAt(i)` instead of making a one-character string (text[i] allocates one for every CJK character)
// and running the pattern on it. A pattern's table is the pattern itself, tested once on every unit (a few ms:
// for classes such as \s that are no short list).

/** 1 at every UTF-16 unit that `pattern` matches as a one-character string. */
export function unitClass(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) if (pattern.test(String.fromCharCode(u))) table[u] = 1;
  return table;
}

/**
 * 1 at the unit of each character of `chars` (a class written as its list: no pattern to test every unit with).
 * Strings of more than one unit are left out, as `set.has(text[i])` never matches them either.
 */
export function unitsOf(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** The unit at `at` is in the table (false outside the text, where charCodeAt gives NaN). */
export function inClass(table: Uint8Array, text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // (NaN never indexes the table: a typed array read with a NaN key leaves V8's fast path)
  return c >= 0 && table[c] === 1;
}
