// The word types the relation finders share. The region-prefixed titles and bodies (区长 → the district; 区委 →
// the district's party committee) are in ../region-title.ts, read by the recognisers too.
import type { AttendanceRole } from '../record.js';

export { expandRegion, regionOfLevel, regionTitle, titleLengthsEndingAt, type RegionTitle } from '../region-title.js';

export type VerbRole = AttendanceRole | 'STATE' | 'HOST' | 'GUEST' | 'NONE' | 'VISIT';
