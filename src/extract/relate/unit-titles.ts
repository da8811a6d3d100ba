// Titles that hold a unit of a body (管委会主任, 党工委委员, 办事处主任, 审判委员会委员): the post is in the unit, and the
// unit is the one of the zone, street, community or court the text names — the body the post is written after (某法院 +
// 审判委员会委员), or the parent of the unit named before it in the chain or the article (高新区党工委副书记、管委会主任:
// 高新区 + 管委会). Written so, the zone's committee is one body in the graph whoever leads it, not a title with no body.
import type { Found } from '../types.js';
import { canonicalOf } from '../entities.js';
import { isTitle } from '../region-title.js';

/** The units a title may begin with, and why each is a body of its own. */
const UNITS: readonly { unit: string; why: string; parents?: RegExp }[] = [
  { unit: '管委会', why: "a development zone's administrative committee: 管委会主任 leads 某高新区管委会" },
  { unit: '党工委', why: 'the party working committee of a zone or a street: 党工委委员 sits in 某街道党工委' },
  { unit: '纪工委', why: 'the discipline committee of a zone or a street: 纪工委书记' },
  { unit: '办事处', why: "a street's office: 办事处主任 leads 某街道办事处" },
  { unit: '居委会', why: "a community's residents' committee: 居委会主任" },
  { unit: '村委会', why: "a village's committee: 村委会主任" },
  { unit: '审判委员会', why: "a court's adjudication committee: 审判委员会委员 of 某法院", parents: /法院$/ },
  { unit: '检察委员会', why: "a procuratorate's committee: 检察委员会委员 of 某检察院", parents: /检察院$/ },
  { unit: '武装部', why: "a street's, zone's or county's armed forces department: 武装部部长" },
];

/** Units of one parent that a chain of posts names side by side (党工委副书记、管委会主任): the parent is written once. */
const SIBLINGS: readonly string[] = [...UNITS.map((u) => u.unit), '党委', '党组', '纪委', '人民政府', '政府'].sort((a, b) => b.length - a.length);

/** The post in the unit its title begins with, at the unit of the parent the text gives; null when the title holds
 * none or no parent is named. `at` is where the holder's name stands. */
export function unitPost(title: string, organization: string | null, found: readonly Found[], at: number): { title: string; organization: string } | null {
  const u = UNITS.find((x) => title.startsWith(x.unit) && title.length > x.unit.length);
  if (!u) return null;
  const rest = title.slice(u.unit.length);
  if (!isTitle(rest)) return null;
  const parent = organization !== null ? parentOf(organization) : lastParentBefore(found, at, u.parents);
  if (!parent || parent.endsWith(u.unit)) return null;
  return { title: rest, organization: parent + u.unit };
}

/** The body a unit named `name` belongs to (某高新区党工委 → 某高新区), or the name itself when it is no unit. */
function parentOf(name: string): string {
  const unit = SIBLINGS.find((s) => name.endsWith(s) && name.length > s.length);
  return unit ? name.slice(0, -unit.length) : name;
}

/** The parent of the last unit of a body named before `at` (高新区党工委 → 高新区), or the last body of the unit's parents
 * (某中级人民法院 for 审判委员会), or null. */
function lastParentBefore(found: readonly Found[], at: number, parents: RegExp | undefined): string | null {
  let best: Found | undefined;
  for (const f of found) {
    if (f.type !== 'organization' || f.end > at || (best && f.start <= best.start)) continue;
    const name = canonicalOf(f);
    if (parents ? parents.test(name) : SIBLINGS.some((s) => name.endsWith(s) && name.length > s.length + 1)) best = f;
  }
  return best ? (parents ? canonicalOf(best) : parentOf(canonicalOf(best))) : null;
}
