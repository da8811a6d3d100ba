// A region's own post written with its government (某县人民政府县长, 任命某某为某镇人民政府副镇长) is the post the
// region-title rule reads from 县长 alone (县长 of 某县): one post, one holder, one edge in the graph. An analyst asking
// who is 县长 of 某县 would otherwise find two posts, one at the county and one at its government.
import { regionTitle } from './words.js';

/** The government bodies of a region that its head's post is written with. */
const GOVERNMENTS = ['人民政府', '政府'];

/** The region the post `title` at `organization` is of, when the organization is that region's government; else null. */
export function regionOfGovernmentPost(title: string, organization: string | null): string | null {
  if (!organization) return null;
  const region = regionTitle(title);
  if (!region || region.body !== region.level) return null;
  const government = GOVERNMENTS.find((g) => organization.endsWith(g));
  if (!government) return null;
  const place = organization.slice(0, -government.length);
  return place.length > region.level.length && place.endsWith(region.level) ? place : null;
}
