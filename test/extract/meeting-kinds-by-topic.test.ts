// A county's meetings of every kind a paper reports (述职会, 布置会, 约谈会 as well as 推进会, 调度会) on every topic,
// in four ways of announcing them: the meeting is found whole, dated, with the official who presided. Topics and
// kinds from general knowledge of county government; the county and the official are fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const KINDS = ['工作会议', '推进会', '调度会', '座谈会', '动员大会', '现场会', '观摩会', '联席会议', '培训班', '专题会议', '部署会', '表彰大会',
  '誓师大会', '恳谈会', '研讨会', '务虚会', '交流会', '发布会', '协调会', '汇报会', '评议会', '述职会', '警示教育大会', '布置会', '分析会',
  '约谈会', '交办会', '研判会', '讲评会'];
const TOPICS = ['安全生产', '乡村振兴', '招商引资', '防汛抗旱', '森林防火', '秋冬种', '人居环境整治', '营商环境', '文明城市创建', '党风廉政建设'];
const FRAMES: [announce: (m: string) => string, name: (m: string) => string][] = [
  [(m) => `3月5日，青禾县召开${m}。县长韩立松主持会议并讲话。`, (m) => m],
  [(m) => `3月5日，全县${m}召开。县长韩立松主持会议并讲话。`, (m) => `全县${m}`],
  [(m) => `3月5日，青禾县${m}在县行政中心召开。县长韩立松主持会议并讲话。`, (m) => `青禾县${m}`],
  [(m) => `3月5日上午，青禾县举行${m}，县长韩立松出席并讲话。`, (m) => m],
];

describe('meetings of every kind on every topic', () => {
  FRAMES.forEach(([announce, name], f) => {
    it(`form ${f + 1}: ${KINDS.length * TOPICS.length} meetings`, () => {
      const wrong: string[] = [];
      for (const kind of KINDS) for (const topic of TOPICS) {
        const text = announce(topic + kind);
        const meetings = extractRecord({ id: 't', text, date: '2026-03-06' }).meetings;
        const m = meetings[0];
        if (meetings.length !== 1 || m?.name !== name(topic + kind) || m.startDate !== '2026-03-05' || !m.attendees.some((a) => a.person === '韩立松')) {
          wrong.push(`${text} → ${JSON.stringify(meetings.map((x) => [x.name, x.startDate, x.attendees.map((a) => a.person)]))}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
});
