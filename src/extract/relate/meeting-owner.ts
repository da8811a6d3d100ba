// A meeting named without its holder (某局召开2026年工作会议, 某集团召开第三届职工代表大会第二次会议): the graph keys a
// meeting by its name and date, so every body's 2026年工作会议 of one day would be one meeting, with the people of all
// of them at it. The name an analyst indexes it by is the holder's name before the name written (某县交通运输局
// 2026年工作会议), as the gold of the local-news corpus writes it: kg reports it as the meeting's `fullName` (the name
// as written stays `name`) and the graph keys and shows the meeting by it.
import type { Found } from '../types.js';
import { endsWithDivision } from '../region-title.js';

/**
 * The meeting's name with its organizer's before it, when the name as written begins with no body, place or company
 * (nothing found starts where it starts) and does not hold the organizer's name already; null otherwise. A place
 * organizes as a body only when it is a division (青禾县 + 全县安全生产工作会议, not 维也纳 + 特别会议).
 */
export function ownedName(name: string, organizer: Found, organizerName: string, foundAtStart: readonly Found[]): string | null {
  if (name.includes(organizerName) || name.includes(organizer.text)) return null;
  if (organizer.type === 'place' && !endsWithDivision(organizerName)) return null;
  if (foundAtStart.some((f) => f.type === 'organization' || f.type === 'place' || f.type === 'company')) return null;
  return organizerName + name;
}
