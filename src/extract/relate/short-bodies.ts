// A body written short in its own news: once 某县财政局 is named, 局党组书记、局长 are posts of 某县财政局 (its party
// group, the bureau), 院长 of the 某县人民医院 named before, 集团总经理 of 某某集团, 公司党委 the party committee of 某某有限
//公司. The heads and the bodies they stand for are data (dictionaries/body-heads.tsv); a head stands for the last body of
// its kind named before it, else the first named after it, else for nothing (the post stays bare).
import type { Found } from '../types.js';
import { canonicalOf } from '../entities.js';
import { loadTsv } from '../../lexicon/load-tsv.js';

interface Head {
  head: string;
  ends: readonly string[];
  /** ends of bodies whose head holds no post named by the head (!检察院 of 院: 院党组 may be a 检察院's, 院长 never is:
   * its head is the 检察长) */
  notEnds: readonly string[];
  types: ReadonlySet<string>;
}

/** Party bodies and others a body has, written after its head (局党组, 院党委, 集团纪委, 公司工会; a zone's 管委会, a
 * street's 办事处, a community's 居委会). */
const OWN_BODIES = ['党组', '党委', '党总支', '党支部', '党工委', '纪工委', '纪委', '工会', '管委会', '办事处', '居委会'];
/** Legal forms after a company's own name (某某集团有限公司 is a 集团). */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|股份公司)$/;

let heads: Map<string, Head> | undefined;

function headTable(): Map<string, Head> {
  heads ??= new Map(loadTsv('body-heads.tsv', { columns: ['head', 'ends', 'type'], key: ['head'] })
    .map((r) => {
      const all = r.ends.split('|');
      return [r.head, { head: r.head, ends: all.filter((e) => !e.startsWith('!')), notEnds: all.filter((e) => e.startsWith('!')).map((e) => e.slice(1)), types: new Set(r.type.split('|')) }] as const;
    }));
  return heads;
}

/** The short form `text` as a head and a body of its own (局党组 → 局 + 党组; 集团 → 集团 + ''), or null. */
export function shortForm(text: string): { head: Head; own: string } | null {
  const table = headTable();
  const whole = table.get(text);
  if (whole) return { head: whole, own: '' };
  for (const own of OWN_BODIES) {
    if (!text.endsWith(own)) continue;
    const head = table.get(text.slice(0, -own.length));
    if (head) return { head, own };
  }
  return null;
}

/** A post named by a head (局长, 副院长, 校长, 检察长): the head, or null. */
export function headOfPost(title: string): Head | null {
  const t = title.startsWith('副') ? title.slice(1) : title;
  if (t.length < 2 || t.length > 3 || !t.endsWith('长')) return null;
  // (a head of two characters before 长: 检察 of 检察长)
  return headTable().get(t.slice(0, -1)) ?? null;
}

/** The name of the body of the head's kind that `f` names (某局, or 某局 of 某局党组), or null; for a post named by the
 * head (`post`: 院长), none of the head's notEnds. */
function fitting(head: Head, f: Found, post: boolean): string | null {
  if (!head.types.has(f.type)) return null;
  let name = canonicalOf(f);
  if (shortForm(name)) return null;
  const own = OWN_BODIES.find((o) => name.endsWith(o));
  if (own) name = name.slice(0, -own.length);
  const bare = name.replace(LEGAL_FORM, '');
  if (post && head.notEnds.some((e) => name.endsWith(e))) return null;
  return head.ends.some((e) => (name.endsWith(e) || bare.endsWith(e)) && bare.length > e.length) ? name : null;
}

/**
 * The name of the body a head stands for at offset `at`: the last fitting body named before it; else, when the
 * article names one such body only, that one (named in a headline, or later in the text). `post`: the head names a
 * post (院长 of headOfPost), not a body of the body (院党组).
 */
export function bodyOfHead(found: readonly Found[], head: Head, at: number, post = false): { name: string; kind: string } | null {
  let before: { name: string; start: number; type: string } | undefined;
  const names = new Set<string>();
  let only: { name: string; type: string } | undefined;
  for (const f of found) {
    const name = fitting(head, f, post);
    if (name === null) continue;
    names.add(name);
    only ??= { name, type: f.type };
    if (f.end <= at && (!before || f.start > before.start)) before = { name, start: f.start, type: f.type };
  }
  if (before) return { name: before.name, kind: before.type };
  return only && names.size === 1 ? { name: only.name, kind: only.type } : null;
}

/** The full name of a short form (集团党委 → 某某集团党委) at offset `at`, or null. */
export function fullNameOfShort(found: readonly Found[], text: string, at: number): { name: string; kind: string } | null {
  const short = shortForm(text);
  if (!short) return null;
  const body = bodyOfHead(found, short.head, at);
  return body ? { name: body.name + short.own, kind: short.own ? 'organization' : body.kind } : null;
}

/**
 * Short bodies found (集团党委, 公司党委: a company's unit; 院党委) take the full name of the body they stand for. The
 * list is copied only when one does.
 */
export function withShortBodies(found: readonly Found[]): readonly Found[] {
  let out: Found[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    if ((f.type !== 'organization' && f.type !== 'company') || f.name || f.text.length > 6) continue;
    const full = fullNameOfShort(found, f.text, f.start);
    if (!full) continue;
    out ??= found.slice();
    out[i] = { ...f, name: full.name };
  }
  return out ?? found;
}
