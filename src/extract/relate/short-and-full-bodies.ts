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
  const byPost = new Map<string, P[]>();
  for (const p of positions) {
    if (p.organization === null) continue;
    const key = `${p.person}|${p.title}`;
    const list = byPost.get(key);
    if (!list) byPost.set(key, [p]);
    else list.push(p);
  }
  return positions.map((p) => {
    const same = p.organization === null ? undefined : byPost.get(`${p.person}|${p.title}`);
    if (!same || same.length < 2) return p;
    const full = same.find((q) => q.evidence.start !== p.evidence.start && shortFormOf(p.organization as string, q.organization as string));
    return full ? { ...p, organization: full.organization } : p;
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
