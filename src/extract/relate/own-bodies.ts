// A body's own bodies written bare in a chain after a post in its party committee: 镇党委委员、纪委书记某某 is the
// secretary of the town's 纪委, 镇党委委员、武装部部长某某 the head of the town's 武装部, 医院党委委员、纪委书记某某 the
// secretary of the hospital's. Written alone (纪委书记某某) such a body is the page region's (region-title.ts
// expandRegion); in the chain of a town's or an institution's committee it is that town's or institution's.
import type { FoundPosition } from './positions.js';
import { canonicalOf } from '../entities.js';
import { isInstitution } from './party-committees.js';

/** A party committee and what it leads (某某镇党委, 某某街道党工委, 某县人民医院党委). */
const COMMITTEE = /^(.{2,}?)(?:党委|党工委)$/;
/** Divisions below a county, whose bodies are their own (镇, 乡, 街道, 苏木). */
const TOWN_END = /(?:镇|乡|街道|苏木)$/;
/** Bodies every town has, written bare after its committee's post in a chain. */
const TOWN_BODIES: ReadonlySet<string> = new Set(['纪委', '纪工委', '监察办', '武装部', '人武部', '人大', '人大主席团', '政府', '人民政府']);
/** …and every institution. */
const INSTITUTION_BODIES: ReadonlySet<string> = new Set(['纪委', '工会', '团委']);

/** Changes out[from…] in place: a bare body's post in a chain with a post in a town's or an institution's committee. */
export function ownBodiesOfChain(out: FoundPosition[], from: number): void {
  if (out.length - from < 2) return;
  let owner: string | null = null;
  let bodies: ReadonlySet<string> = TOWN_BODIES;
  for (let i = from; i < out.length && owner === null; i++) {
    const o = (out[i] as FoundPosition).organization;
    const m = o ? COMMITTEE.exec('type' in o ? canonicalOf(o) : o.name) : null;
    const led = m ? (m[1] as string) : '';
    if (TOWN_END.test(led)) owner = led;
    // (an institution with a discipline commission and a union of its own: a hospital, a school, a firm)
    else if (isInstitution(led)) { owner = led; bodies = INSTITUTION_BODIES; }
  }
  if (owner === null) return;
  for (let i = from; i < out.length; i++) {
    const p = out[i] as FoundPosition;
    const o = p.organization;
    const name = o ? ('type' in o ? o.text : o.name) : '';
    if (bodies.has(name)) out[i] = { ...p, organization: { name: owner + name, kind: 'organization' }, rule: 'position.own-body' };
  }
}
