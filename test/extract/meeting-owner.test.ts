// A meeting named without its holder (某局召开2026年工作会议) carries the holder's name before it as `fullName`, and the
// graph keys it so: two bodies' 2026年工作会议 of one day are two meetings, each with its own people. Every holder ×
// county × name. Fictional counties, bodies and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';
import { toGraph } from '../../src/resolve/to-graph.js';

const COUNTIES = ['青禾县', '柘源县', '鹭湖市'];
const HOLDERS = ['交通运输局', '人民医院', '城市建设投资集团有限公司', '总工会', '柘湾镇'];
const MEETINGS = ['2026年工作会议', '第三届职工代表大会第二次会议', '安全生产工作会议'];

const report = (county: string, holder: string, meeting: string, chair: string): string =>
  `本报讯 3月5日，${county}${holder}召开${meeting}。${chair}主持会议并讲话。`;

describe('a meeting named without its holder', () => {
  it(`gets the holder's name as fullName (${COUNTIES.length} counties × ${HOLDERS.length} holders × ${MEETINGS.length} names)`, () => {
    const wrong: string[] = [];
    for (const county of COUNTIES) for (const holder of HOLDERS) for (const meeting of MEETINGS) {
      const text = report(county, holder, meeting, '邬立新');
      const m = extractRecord({ id: 't', text, date: '2026-03-06' }).meetings[0];
      // (a town written after its county holds the meeting itself: 青禾县 + 柘湾镇召开…, two places)
      const organizer = holder.endsWith('镇') ? holder : `${county}${holder}`;
      if (m?.name !== meeting || m.fullName !== `${organizer}${meeting}` || m.organizer !== organizer) {
        wrong.push(`${text}\n  got ${m?.name} / ${m?.fullName} / ${m?.organizer}`);
      }
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('a name that holds its body, or a foreign city as the host, has no fullName', () => {
    const own = extractRecord({ id: 't', text: '本报讯 3月5日，青禾县委召开县委常委会会议。县委书记邬立新主持会议。', date: '2026-03-06' });
    expect(own.meetings[0]?.fullName).toBeUndefined();
    const abroad = extractRecord({ id: 't', text: '本报讯 3月5日，维也纳举行国际能源论坛。', date: '2026-03-06' });
    expect(abroad.meetings.every((m) => m.fullName === undefined)).toBe(true);
  });

  it('two bodies\' meetings of one name and day are two Meeting nodes, keyed by the full name', () => {
    const a = extractRecord({ id: 'a', text: report('青禾县', '交通运输局', '2026年工作会议', '邬立新'), date: '2026-03-06' });
    const b = extractRecord({ id: 'b', text: report('青禾县', '农业农村局', '2026年工作会议', '宓红'), date: '2026-03-06' });
    const meetings = [a, b].flatMap((r) => toGraph(r).nodes.filter((n) => n.label === 'Meeting'));
    expect(meetings.map((n) => n.id)).toEqual(['meeting:青禾县交通运输局2026年工作会议@2026-03-05', 'meeting:青禾县农业农村局2026年工作会议@2026-03-05']);
    expect(meetings[0]?.aliases).toEqual(['2026年工作会议']);
  });
});
