// One body written short and in full in one article (县市场监管局 and 溱源县市场监督管理局, 农商银行某支行 and 农村商业银行
// 某支行), each time with the same person's same post: a Chinese short form keeps its full name's characters in order,
// its first and its last, so the post is read at the full name both times (the graph then holds one body, not two).
// Two bodies of one sentence are two (云杉新区党工委书记、区委书记某某: the chain names two posts), and a party body is
// never a short form of another (新区委 and 新区党工委).

interface Held {
  person: string;
  title: string;
  organization: string | null;
  evidence: { start: number };
}

/** The positions, each body written as a short form of another of the same person's same post named in full. */
export function bodiesInFull<P extends Held>(positions: readonly P[]): P[] {
  // per person and post, each body named and the sentences it was named in (the first, and whether there are more)
  const byPost = new Map<string, Map<string, { first: number; more: boolean }>>();
  for (const p of positions) {
    if (p.organization === null) continue;
    const key = `${p.person}|${p.title}`;
    let bodies = byPost.get(key);
    if (!bodies) byPost.set(key, (bodies = new Map()));
    const seen = bodies.get(p.organization);
    if (!seen) bodies.set(p.organization, { first: p.evidence.start, more: false });
    else if (seen.first !== p.evidence.start) seen.more = true;
  }
  return positions.map((p) => {
    const bodies = p.organization === null ? undefined : byPost.get(`${p.person}|${p.title}`);
    if (!bodies || bodies.size < 2) return p;
    for (const [full, seen] of bodies) {
      // (named in full in another sentence than this one)
      if (full !== p.organization && (seen.more || seen.first !== p.evidence.start) && shortFormOf(p.organization as string, full)) return { ...p, organization: full };
    }
    return p;
  });
}

const PARTY = '党';

/** `short` is a short form of `full` (no 党 dropped): shorter, the same first and last characters, its characters in order in `full`. */
export function shortFormOf(short: string, full: string): boolean {
  if (short.length >= full.length || short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const ch of full) {
    if (ch === short[j]) j++;
    else if (ch === PARTY) return false;
  }
  return j === short.length;
}
