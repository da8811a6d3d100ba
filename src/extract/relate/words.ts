// The word types the relation finders share. The region-prefixed titles and bodies (区长 → the district; 区委 →
// the district's party committee) are in ../region-title.ts, read by the recognisers too.
import type { AttendanceRole } from '../record.js';

export { expandRegion, regionOfLevel, regionTitle, titleLengthsEndingAt, type RegionTitle } from '../region-title.js';

/** TOOK_PART: an act done at the event (揭牌, 颁发, 签约): ATTENDED, unless the person presided or spoke there */
export type VerbRole = AttendanceRole | 'TOOK_PART' | 'STATE' | 'HOST' | 'GUEST' | 'NONE' | 'VISIT';
