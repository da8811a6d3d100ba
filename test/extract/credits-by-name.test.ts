// The paper's own people, whatever their names: eight ways a county paper prints its reporters (in brackets after the
// dateline, with or without a space, at the start of the body, on a line of their own, at the end, the 通讯员 first, on two lines),
// each written with every name of the list in turn — words, compound surnames, Tibetan and dotted names. The
// reporters must come out exactly, and never as attendees of the meeting the article reports. Written for this test;
// everyone in it is fictional.
import { describe, expect, it } from 'vitest';
import { extractPage, extractRecord } from '../../src/extract/page.js';

const NAMES = ['江晓峰', '沙立群', '高峰', '明月', '夏天', '王为民', '丁一', '长孙明远', '欧阳晓', '扎西多吉', '热依拉·艾山', '白玛',
  '曲直', '万里', '于洋', '和平', '方正', '金星'];
const BODY = '9月20日，青禾县召开全县安全生产工作会议。县长邝明远主持会议并讲话。';
const FORMS: [print: (x: string, y: string) => string, credited: (x: string, y: string) => string[]][] = [
  [(x) => `本报讯（记者 ${x}）${BODY}`, (x) => [x]],
  [(x, y) => `本报讯（记者 ${x} 通讯员 ${y}）${BODY}`, (x, y) => [x, y]],
  [(x, y) => `本报讯（记者${x} 实习生${y}）${BODY}`, (x, y) => [x, y]],
  [(x, y) => `本报讯 记者${x} 通讯员${y} 报道：${BODY}`, (x, y) => [x, y]],
  [(x) => `本报记者 ${x}\n${BODY}`, (x) => [x]],
  [(x) => `${BODY}（记者 ${x}）`, (x) => [x]],
  [(x, y) => `本报讯（通讯员 ${y} 记者 ${x}）${BODY}`, (x, y) => [y, x]],
  // two lines of credits before the body: one byline, one article
  [(x, y) => `本报记者 ${x}\n本报通讯员 ${y}\n${BODY}`, (x, y) => [x, y]],
];

describe('credits, whatever the names', () => {
  FORMS.forEach(([print, credited], f) => {
    it(`form ${f + 1}: ${print('甲', '乙').slice(0, 22)}…`, () => {
      const wrong: string[] = [];
      NAMES.forEach((x, k) => {
        const y = NAMES[(k + 5) % NAMES.length] as string;
        const record = extractRecord({ id: 't', text: print(x, y) });
        const attendees = record.meetings.flatMap((m) => m.attendees.map((a) => a.person));
        if (JSON.stringify([...record.reporters].sort()) !== JSON.stringify(credited(x, y).sort()) || JSON.stringify(attendees) !== '["邝明远"]') {
          wrong.push(`${print(x, y)} → reporters ${JSON.stringify(record.reporters)}, attendees ${JSON.stringify(attendees)}`);
        }
      });
      expect(wrong).toEqual([]);
    });
  });
});

describe('a page whose article opens with two lines of credits', () => {
  it('is one article with both people credited (no empty article for the first line)', () => {
    const page = `青禾县召开安全生产工作会议\n本报记者 江晓峰\n本报通讯员 夏天\n${BODY}\n`;
    const records = extractPage(page, { source: 'p' });
    expect(records.map((r) => r.reporters)).toEqual([['江晓峰', '夏天']]);
    expect(records[0]?.meetings.flatMap((m) => m.attendees.map((a) => a.person))).toEqual(['邝明远']);
  });
});
