// Who presided, spoke and attended must not depend on the names: three meeting reports of a county paper, each
// written with every name of the list in every slot in turn — rare and compound surnames, Tibetan, dotted and
// one-character given names, names that are also words (高峰, 夏天, 成功). A reporter in the byline is never an
// attendee. The reports and names are written for this test; everyone is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const NAMES = ['江晓峰', '沙立群', '安明远', '高峰', '明月', '夏天', '王为民', '李和平', '丁一', '长孙明远', '欧阳晓', '司马青',
  '石磊', '于洋', '方正', '乔立新', '马力', '金星', '扎西多吉', '热依拉·艾山', '白玛', '向阳', '程远', '曲直', '成功', '牛犇',
  '车轮', '高原', '万里'];

type Roles = Record<string, string[]>;
const REPORTS: [write: (a: string, b: string, c: string, d: string) => string, roles: (a: string, b: string, c: string) => Roles][] = [
  [(a, b, c) => `9月20日，青禾县召开全县安全生产工作会议。县委书记${a}出席会议并讲话，县长${b}主持会议，副县长${c}通报了有关情况。`,
    (a, b, c) => ({ [a]: ['ATTENDED', 'SPOKE'], [b]: ['PRESIDED'], [c]: ['SPOKE'] })],
  [(a, b, c, d) => `本报讯（记者 ${d}）9月20日，青禾县召开全县安全生产工作会议。县长${b}主持会议并讲话。县领导${a}、${c}出席会议。`,
    (a, b, c) => ({ [b]: ['PRESIDED', 'SPOKE'], [a]: ['ATTENDED'], [c]: ['ATTENDED'] })],
  [(a, b) => `9月20日，全县乡村振兴推进会召开。县委副书记${a}以视频方式出席会议并讲话。副县长${b}主持会议。`,
    (a, b) => ({ [a]: ['ATTENDED', 'VIDEO_SPEECH'], [b]: ['PRESIDED'] })],
  // a light verb before the act (作重要讲话, 做工作报告): jieba glues 作 to a name it does not know (某某作/x)
  [(a, b, c) => `9月20日，青禾县召开全县安全生产工作会议。县长${a}主持会议，县委书记${b}作重要讲话，副县长${c}做工作报告。`,
    (a, b, c) => ({ [a]: ['PRESIDED'], [b]: ['SPOKE'], [c]: ['SPOKE'] })],
  // the meeting presided by someone named after 由, the others after it
  [(a, b, c) => `9月20日，青禾县召开全县安全生产工作会议。会议由县委副书记、县长${a}主持，县委书记${b}出席会议并讲话，县委常委、常务副县长${c}等出席会议。`,
    (a, b, c) => ({ [a]: ['PRESIDED'], [b]: ['ATTENDED', 'SPOKE'], [c]: ['ATTENDED'] })],
];

function rolesOf(text: string): Roles {
  const out: Roles = {};
  for (const m of extractRecord({ id: 't', text }).meetings) for (const a of m.attendees) out[a.person] = [...(out[a.person] ?? []), ...a.roles].sort();
  return out;
}

describe('meeting roles, whatever the names', () => {
  REPORTS.forEach(([write, roles], r) => {
    it(`report ${r + 1}: ${NAMES.length} rotations of the names`, () => {
      const wrong: string[] = [];
      NAMES.forEach((_, k) => {
        const [a, b, c, d] = [0, 7, 13, 19].map((o) => NAMES[(k + o) % NAMES.length] as string) as [string, string, string, string];
        const expected = Object.fromEntries(Object.entries(roles(a, b, c)).map(([p, x]) => [p, [...x].sort()]));
        const got = rolesOf(write(a, b, c, d));
        if (JSON.stringify(got, Object.keys(got).sort()) !== JSON.stringify(expected, Object.keys(expected).sort())) wrong.push(`${write(a, b, c, d)} → ${JSON.stringify(got)}`);
      });
      expect(wrong).toEqual([]);
    });
  });
});
