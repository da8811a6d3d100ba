import { getLexicon } from '../lexicon/lexicon.js';

// Bylines: "□记者 李某 报道", "□本报记者 甲某 乙某 丙某", "本报记者 张某 通讯员 李某", "（记者 王某）".

export interface Byline {
  /** reporters with their offsets in the page text */
  reporters: { name: string; start: number; end: number }[];
}

const BULLET = /^[□■◆◇●○▲△☆★◎【\[（(]+/;
const ROLE = /^(?:本报|本刊|本台)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|摄影记者|摄影)$/;
const TRAILER = /^(?:报道|摄|摄影|文\/图|文|图|采写|整理|发自.*)$/;
const NAME = /^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?$/;
const GLUED = /^(?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员)([\u4e00-\u9fff]{2,3})(报道|摄)?$/;

/** Parses one line's content (text starting at page offset `start`); null when it is not a byline. */
export function parseByline(text: string, start: number): Byline | null {
  const lead = BULLET.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead).replace(/[）)\]】]+$/, '');
  if (body.length === 0 || body.length > 60) return null;
  const glued = GLUED.exec(body);
  if (glued?.[1] && (glued[2] || lead > 0) && startsWithSurname(glued[1])) {
    const off = start + lead + body.indexOf(glued[1]);
    return { reporters: [{ name: glued[1], start: off, end: off + glued[1].length }] };
  }
  const reporters: Byline['reporters'] = [];
  let sawRole = false;
  const re = /[^\s\u3000、，,]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const word = m[0];
    if (ROLE.test(word)) { sawRole = true; continue; }
    if (TRAILER.test(word)) continue;
    const split = splitRolePrefix(word);
    if (split && !startsWithSurname(split)) return null;
    if (split) { sawRole = true; }
    const name = split ?? word;
    if (!NAME.test(name) || !sawRole) return null;
    const off = start + lead + m.index + (word.length - name.length);
    reporters.push({ name, start: off, end: off + name.length });
  }
  return sawRole && reporters.length > 0 ? { reporters } : null;
}

/** Without spaces the name's extent is a guess: it must at least start with a surname. */
function startsWithSurname(name: string): boolean {
  const surnames = getLexicon().surnames.byWord;
  return surnames.has(name.slice(0, 2)) || surnames.has(name.slice(0, 1));
}

/** "记者李某" written without a space: the name part, or null. */
function splitRolePrefix(word: string): string | null {
  const m = /^(?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员)(.+)$/.exec(word);
  return m?.[1] ?? null;
}

/** A byline inside a dateline: "本报讯（记者 张某 通讯员 李某）…" → its reporters. */
export function inlineByline(text: string, start: number): Byline | null {
  const m = /^[^（(]{0,24}[（(]([^）)]{2,40})[）)]/.exec(text);
  if (!m?.[1]) return null;
  const inner = m[1];
  const at = m[0].length - inner.length - 1;
  return parseByline(inner, start + at);
}
