// The one table of the verbs around a meeting (src/extract/meeting-verbs.ts): its words are safe inside a regular
// expression, each verb has one group (one reason), and the readers built from it read what the groups say.
import { describe, expect, it } from 'vitest';
import { MEETING_VERBS, meetingVerbPattern, meetingVerbs, type MeetingVerbKind } from '../../src/extract/meeting-verbs.js';
import { extractRecord } from '../../src/extract/page.js';

describe('the table of meeting verbs', () => {
  const kinds = Object.keys(MEETING_VERBS) as MeetingVerbKind[];

  it('holds plain Han words only, each in one group with a reason', () => {
    const seen = new Map<string, string>();
    for (const k of kinds) {
      expect(MEETING_VERBS[k].why.length, k).toBeGreaterThan(10);
      for (const w of MEETING_VERBS[k].words) {
        expect(w, `${k}: ${w}`).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
        expect(seen.get(w), `${w} in ${k} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, k);
      }
    }
  });

  it('gives the verbs of the groups asked for, in the order asked', () => {
    expect(meetingVerbs('hold')).toEqual(['召开', '举行', '举办', '开展']);
    expect(meetingVerbs('hold', 'convene')).toEqual(['召开', '举行', '举办', '开展', '召集']);
    expect(new RegExp(`^(?:${meetingVerbPattern('hold', 'opens', 'begins')})$`).test('揭牌')).toBe(true);
    expect(new RegExp(`^(?:${meetingVerbPattern('hold')})$`).test('揭牌')).toBe(false);
  });
});

describe('every verb of a meeting held at a place: the meeting took place, there, that day', () => {
  // the event each verb is written with in a county paper
  const EVENTS: Record<string, string> = { 召开: '农技培训会', 举行: '农技培训会', 举办: '农技培训会', 开展: '科技下乡活动', 开幕: '农民运动会', 开班: '农技培训班', 启动: '全民阅读活动', 揭牌: '农技服务中心', 开讲: '农民夜校读书会', 开营: '青少年科技夏令营活动', 开赛: '村民篮球比赛', 上演: '迎新春文艺汇演' };
  for (const verb of meetingVerbs('hold', 'opens', 'begins')) {
    const event = EVENTS[verb] as string;
    if (verb === '揭牌') continue; // a body unveiled (某中心在某地揭牌) is no meeting: its 揭牌仪式 is, below
    it(`…${event}在某镇便民服务中心${verb}`, () => {
      const text = `本报讯 3月8日，柘源县2026年${event}在青石镇便民服务中心${verb}，副县长朴永和出席并讲话。`;
      const rec = extractRecord({ id: 't', text, date: '2026-03-09' });
      const meeting = rec.meetings.find((m) => m.name === `柘源县2026年${event}`);
      expect(meeting, JSON.stringify(rec.meetings)).toBeDefined();
      expect(meeting?.reported).toBe(true);
      expect(meeting?.startDate).toBe('2026-03-08');
      expect(meeting?.place).toBe('青石镇便民服务中心');
    });
  }
});

describe('a ceremony written right after its event is named by the whole event', () => {
  const CASES: [event: string, ceremony: string][] = [
    ['全民阅读活动', '启动仪式'], ['关爱留守儿童志愿服务活动', '启动仪式'], ['春季农技培训班', '开班仪式'],
    ['全民健身运动会', '开幕式'], ['“最美家乡”征文活动', '颁奖仪式'], ['农技服务中心', '揭牌仪式'],
  ];
  for (const [event, ceremony] of CASES) {
    it(`${event}${ceremony}`, () => {
      const text = `本报讯 3月8日，柘源县2026年${event}${ceremony}在县文化广场举行。副县长朴永和出席并讲话。`;
      const rec = extractRecord({ id: 't', text, date: '2026-03-09' });
      const names = rec.meetings.map((m) => m.name);
      const ceremonyMeeting = rec.meetings.find((m) => m.name === `柘源县2026年${event}${ceremony}`);
      expect(ceremonyMeeting, names.join(' | ')).toBeDefined();
      expect(ceremonyMeeting?.reported).toBe(true);
      expect(ceremonyMeeting?.attendees.map((a) => a.person)).toEqual(['朴永和']);
    });
  }
});
