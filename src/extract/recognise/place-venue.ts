// Venues (place.venue): the hall, room or building a meeting is held in, read between 在 and the meeting's verb (会议在
// 县行政中心三楼会议室召开, 在某镇便民服务中心举行): the name up to the first word of dictionaries/venue-words.tsv (the
// building, not its room: 县行政中心 of 县行政中心三楼会议室, so that one building is one place whatever room a meeting
// had). Strong: in its slot a building is where the meeting sits, not the body a suffix would read (行政中心 ends in
// 中心 as bodies do); a body that also has a hall (县委党校) ends in no venue word and stays the body, and a place inside
// the name (某某镇 of 某某镇便民服务中心) gives way to the venue. A venue written from the
// county's level (县行政中心) is named after the page's county like a body (build-record.ts).
import type { Found, Sentence } from '../types.js';
import type { Knowledge } from './knowledge.js';
import type { SpanIndex } from '../span-index.js';
import { loadTsv } from '../../lexicon/load-tsv.js';
import { Trie } from '../../lexicon/trie.js';
import { charTable, hasCharAt } from './char-table.js';
import { meetingVerbs } from '../meeting-verbs.js';
import { isHanCode } from '../../text/han.js';

/**
 * The verbs of a meeting held at a place, after 在 and the place (在某地召开, 在某馆开幕): the venue's slot here, the
 * meeting's place in relate/meetings.ts.
 */
const HELD = meetingVerbs('hold', 'opens', 'begins');
/** How far after 在 the verb may stand. */
const REACH = 24;
/** their first characters: most positions begin none */
const HELD_FIRST = charTable(HELD.map((w) => w[0] as string).join(''));
/** Words that open the venue's slot (在某地召开, 于某地举行). */
const OPENERS = charTable('在于');
/** Characters never inside a venue's name: particles, pronouns, marks of a clause. */
const NEVER_INSIDE = charTable('的了着过和与及是也都就还又把被将对从为向以等个这那其之所并或而每各该此我你他她们由受经让给，。；：、！？（）()“”');

let venues: Trie<true> | undefined;

function venueTrie(): Trie<true> {
  venues ??= new Trie(loadTsv('venue-words.tsv', { columns: ['word'], key: ['word'] }).map((r) => [r.word, true] as const));
  return venues;
}

/**
 * The venues of a sentence. `bodies`: the organizations read before (a body and a room of its building, 县政协二楼会议室,
 * 县委三楼会议室, is the body's: no venue is read there).
 */
export function venuesIn(text: string, s: Sentence, k: Knowledge, bodies: SpanIndex<Found>): Found[] {
  const out: Found[] = [];
  const sentence = text.slice(s.start, s.end);
  // (most sentences hold no meeting and read no venue)
  if (!HELD.some((w) => sentence.includes(w))) return out;
  for (let i = s.start; i < s.end - 3; i++) {
    if (!hasCharAt(OPENERS, text, i) || s.startsAt[i] === 0) continue;
    let from = i + 1;
    const last = Math.min(s.end, from + REACH);
    let verb = -1;
    // (Han characters only: a date or a time after 于 is no venue's name, 于6月22日在某会议中心)
    for (let j = from; j < last && verb < 0; j++) {
      if (!isHanCode(text.charCodeAt(j)) || hasCharAt(NEVER_INSIDE, text, j)) break;
      if (j > from && hasCharAt(HELD_FIRST, text, j) && HELD.some((w) => text.startsWith(w, j))) verb = j;
    }
    if (verb < 0) continue;
    const venue = firstVenue(text, from, verb);
    if (!venue) continue;
    if (bodies.startingAt(from).some((b) => b.end <= venue.start)) continue;
    // a place the gazetteer knows, then a venue with a name of its own (北京 + 人民大会堂, 某某市 + 东昌宾馆): the place
    // stays a place; a venue named only by the place (某某县 + 行政中心) keeps it
    const known = k.places.longestMatchAt(text, from, venue.start);
    if (known && venue.start - known.end >= 2) from = known.end;
    // a venue the gazetteer knows by its full name (人民大会堂) is read there already
    const whole = k.places.longestMatchAt(text, from, venue.end);
    if (whole && whole.end === venue.end && !whole.value.short) continue;
    out.push({ type: 'place', start: from, end: venue.end, text: text.slice(from, venue.end), rule: 'place.venue', kind: 'venue', strong: true });
    i = venue.end - 1;
  }
  return out;
}

/** The first venue word in [from, to) (the one that ends first) with at least one character of name before it. */
function firstVenue(text: string, from: number, to: number): { start: number; end: number } | null {
  const trie = venueTrie();
  let best: { start: number; end: number } | null = null;
  for (let p = from + 1; p < to; p++) {
    const m = trie.longestMatchAt(text, p, to);
    if (m && (!best || m.end < best.end)) best = { start: m.start, end: m.end };
    if (best && p >= best.end) break;
  }
  return best;
}
