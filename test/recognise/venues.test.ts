// Where a meeting sat: the hall or building between 在 and the meeting's verb is a place (a venue) and the meeting's
// place (HELD_IN). The building, not its room; named after the page's county where it is written from the county's
// level (县行政中心); a body and a room of its building stay the body. Venues from general knowledge of county seats;
// the places are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const VENUES: [written: string, place: string][] = [
  ['县行政中心', '青禾县行政中心'], ['县行政中心三楼会议室', '青禾县行政中心'], ['县会议中心', '青禾县会议中心'],
  ['县政务服务中心', '青禾县政务服务中心'], ['县体育馆', '青禾县体育馆'], ['县人民会堂', '青禾县人民会堂'], ['县大剧院', '青禾县大剧院'],
  ['柳溪镇便民服务中心', '柳溪镇便民服务中心'], ['鹭湖宾馆', '鹭湖宾馆'], ['县文化广场', '青禾县文化广场'],
];
const FRAMES: ((venue: string) => string)[] = [
  (v) => `3月5日，青禾县安全生产工作会议在${v}召开。县长韩立松主持会议。`,
  (v) => `3月5日上午，青禾县在${v}举行全县安全生产工作会议。县长韩立松出席并讲话。`,
  (v) => `3月5日，青禾县全民健身运动会在${v}开幕。县长韩立松出席开幕式。`,
  // the report first, then where the meeting (会议) sat
  (v) => `3月5日，青禾县召开全县安全生产工作会议。会议在${v}召开，县长韩立松主持会议。`,
];

const placeOf = (text: string): string | null => {
  const r = extractRecord({ id: 't', text, date: '2026-03-06' });
  return r.meetings[0]?.place ?? null;
};

describe('the venue of a meeting', () => {
  it(`${VENUES.length} venues × ${FRAMES.length} ways of holding a meeting`, () => {
    const wrong: string[] = [];
    for (const [written, place] of VENUES) for (const frame of FRAMES) {
      const got = placeOf(frame(written));
      if (got !== place) wrong.push(`${frame(written)} → ${got}`);
    }
    expect(wrong).toEqual([]);
  });
  it.each([['县政协二楼会议室', '青禾县政协'], ['县政府常务会议室', '青禾县政府']])('a body and a room of its building (%s): the body stays, no venue', (room, body) => {
    const r = extractRecord({ id: 't', text: `3月5日，青禾县安全生产工作会议在${room}召开。`, date: '2026-03-06' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toContain(body);
    expect(r.entities.some((e) => e.type === 'place' && e.kind === 'venue')).toBe(false);
  });
  it('a known city before a venue with a name of its own stays a city; the venue is the meeting\'s place', () => {
    const r = extractRecord({ id: 't', text: '3月5日，全省文旅推介会在杭州市西溪宾馆举行。', date: '2026-03-06' });
    const places = r.entities.filter((e) => e.type === 'place').map((e) => e.name).sort();
    expect(places).toEqual(['杭州市', '西溪宾馆']);
    expect(r.meetings[0]?.place).toBe('西溪宾馆');
  });
  it('a date after 于 is no part of the venue', () => {
    const r = extractRecord({ id: 't', text: '全省文旅推介会将于6月22日在青禾县会议中心举行。', date: '2026-03-06' });
    expect(r.entities.filter((e) => e.type === 'place' && e.kind === 'venue').map((e) => e.mentions[0]?.text)).toEqual(['青禾县会议中心']);
  });
  it('a place of one character after 在 (在京召开) is the meeting\'s place', () => {
    expect(placeOf('全国春耕生产工作会议5日在京召开。副总理韩立松出席会议并讲话。')).toBe('北京市');
  });
});
