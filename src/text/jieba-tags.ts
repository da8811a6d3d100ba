// jieba's part-of-speech tags, looked up in kg rather than asked of nodejieba. nodejieba's `tag` is its `cut`
// (with the HMM) followed by one look-up per word in its dictionary (cppjieba's PosTagger: the word's tag in
// jieba.dict.utf8 and the user dictionary, the last line of a word winning; for a word in neither, or with no tag,
// a rule on its ASCII characters: none → x, all digits → m, else eng). Its binding then builds one JS object per
// token with two fresh key strings, which costs twice the segmentation itself. kg calls `cut` and reads the same
// tags from this table: an open-addressing hash table over the dictionary words in typed arrays, compiled at build
// time into dist/snapshot/ (scripts/build-snapshot.mjs) and read back as views on the file's bytes.
// Tags are small integers in the table; each one's string is made once, so every token shares it.

/** The parts of a compiled table (snapshot parts): see compileTagTable. */
export interface TagTableParts {
  /** hash slots: 0 empty, else the word's index + 1; its length is a power of two */
  slots: Int32Array;
  /** UTF-16 units of every word back to back; word i is units[starts[i], starts[i + 1]) */
  units: Uint16Array;
  starts: Int32Array;
  /** each word's tag as an index into `tags` (0: no tag, the ASCII rule decides) */
  codes: Uint8Array;
  /** the tag strings, '\n'-joined; the first is '' */
  tags: string;
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** A dictionary line's word and tag the way cppjieba reads it: "word freq tag" (dictionary), "word", "word tag" or
 * "word freq tag" (user dictionary), fields split at single spaces. */
function fields(line: string): { word: string; tag: string } {
  const parts = line.split(' ');
  return { word: parts[0] as string, tag: (parts.length === 2 ? parts[1] : parts[2]) ?? '' };
}

/**
 * The table of the words of `dictionaries` (file texts, in nodejieba's load order: main dictionary, then user
 * dictionary); a word listed again takes its last tag, as in cppjieba's trie.
 */
export function compileTagTable(dictionaries: readonly string[]): TagTableParts {
  const tagList = [''];
  const tagIndex = new Map<string, number>([['', 0]]);
  // word → tag code; a word set again keeps its place and takes the later tag
  const wordCodes = new Map<string, number>();
  let chars = 0;
  for (const text of dictionaries) {
    for (const line of text.split('\n')) {
      if (line.length === 0) continue;
      const { word, tag } = fields(line);
      let code = tagIndex.get(tag);
      if (code === undefined) {
        code = tagList.push(tag) - 1;
        if (code > 255) throw new Error(`jieba dictionary: more than 255 distinct tags (at "${tag}")`);
        tagIndex.set(tag, code);
      }
      if (!wordCodes.has(word)) chars += word.length;
      wordCodes.set(word, code);
    }
  }
  let size = 1;
  while (size < wordCodes.size * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const units = new Uint16Array(chars);
  const starts = new Int32Array(wordCodes.size + 1);
  const codes = new Uint8Array(wordCodes.size);
  let n = 0;
  let at = 0;
  for (const [word, code] of wordCodes) {
    starts[n] = at;
    for (let j = 0; j < word.length; j++) units[at++] = word.charCodeAt(j);
    codes[n] = code;
    let h = hash(word) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = ++n;
  }
  starts[n] = at;
  return { slots, units, starts, codes, tags: tagList.join('\n') };
}

/**
 * cppjieba's tag of a word its dictionary does not tag, by its ASCII characters, counted from the start until there
 * are half as many as the word has characters (code points, rounded down): none → x (so any one-character word),
 * all digits → m, else eng.
 */
export function asciiRuleTag(word: string): string {
  let runes = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) runes++; // a low surrogate ends the character its high surrogate began
  }
  const half = Math.floor(runes / 2);
  let eng = 0;
  let digits = 0;
  // surrogates are never ASCII: walking code units counts the same ASCII characters as walking code points
  for (let i = 0; i < word.length && eng < half; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      eng++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (eng === 0) return 'x';
  return digits === eng ? 'm' : 'eng';
}

/** Tags of words by the compiled table. */
export class TagTable {
  private readonly slots: Int32Array;
  private readonly units: Uint16Array;
  private readonly starts: Int32Array;
  private readonly codes: Uint8Array;
  private readonly mask: number;
  /** the tag strings by code, each made once */
  readonly tags: readonly string[];

  constructor(parts: TagTableParts) {
    this.slots = parts.slots;
    this.units = parts.units;
    this.starts = parts.starts;
    this.codes = parts.codes;
    this.mask = parts.slots.length - 1;
    this.tags = parts.tags.split('\n');
  }

  /** The word's code (index into tags), 0 when the dictionary lists it without a tag, -1 when it does not list it. */
  code(word: string): number {
    const n = word.length;
    const { slots, units, starts, mask } = this;
    let h = hash(word) & mask;
    for (;;) {
      const e = slots[h] as number;
      if (e === 0) return -1;
      const s = starts[e - 1] as number;
      if ((starts[e] as number) - s === n) {
        let j = 0;
        while (j < n && units[s + j] === word.charCodeAt(j)) j++;
        if (j === n) return this.codes[e - 1] as number;
      }
      h = (h + 1) & mask;
    }
  }

  /** jieba's tag of a word of its `cut`: the dictionary's, else the ASCII rule's. */
  tag(word: string): string {
    const c = this.code(word);
    return c > 0 ? (this.tags[c] as string) : asciiRuleTag(word);
  }
}
