// An article that reports one event and then a second of another kind, named by its kind alone (…举办开放日活动。…随后
// 召开的座谈会由某某主持。): the second is an event of its own, its people its own. The opening or closing sitting of the
// first (开幕式由某某主持, 开班式由某某主持) stays a sitting of it. Every first event × second kind × chair × county.
// Fictional counties, bodies and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const COUNTIES = ['青禾县', '柘源县', '鹭湖市'];
const FIRSTS = ['人民检察院举办“检察开放日”活动', '人民医院举办“健康义诊进社区”活动', '总工会举行职工技能大赛'];
const SECONDS = ['座谈会', '恳谈会', '推进会'];
const CHAIRS: [string, string, string][] = [['达娃次仁', '阙文山', '孟可欣'], ['欧阳晨', '贝小禾', '鲜于晴'], ['柏林', '吉克阿呷', '海若']];

describe('a second event named by its kind alone', () => {
  it(`is an event of its own with its own people (${COUNTIES.length} × ${FIRSTS.length} × ${SECONDS.length} × ${CHAIRS.length})`, () => {
    const wrong: string[] = [];
    for (const county of COUNTIES) for (const first of FIRSTS) for (const second of SECONDS) for (const [chair, a, b] of CHAIRS) {
      const text = `本报讯 5月20日，${county}${first}，邀请部分人大代表参加。\n随后召开的${second}由副主任${chair}主持。人大代表${a}、政协委员${b}先后发言。`;
      const r = extractRecord({ id: 't', text, date: '2026-05-21' });
      const m = r.meetings.find((x) => x.name === second);
      const got = m?.attendees.map((x) => `${x.person}:${x.roles.join('+')}`).sort().join(' ');
      const want = [`${chair}:PRESIDED`, `${a}:SPOKE`, `${b}:SPOKE`].sort().join(' ');
      const leaked = r.meetings.filter((x) => x !== m).flatMap((x) => x.attendees.map((y) => y.person)).filter((p) => [chair, a, b].includes(p));
      if (!m?.reported || got !== want || leaked.length > 0) wrong.push(`${text}\n  got ${r.meetings.map((x) => `${x.name}[${x.attendees.map((y) => `${y.person}:${y.roles.join('+')}`).join(',')}]`).join(' ')}`);
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('the opening sitting of the event the article reports is no event of its own', () => {
    for (const [opening, event] of [['开幕式', '第三届教职工代表大会第四次会议'], ['开班式', '2026年村干部能力提升培训班']] as const) {
      for (const [chair] of CHAIRS) {
        const text = `本报讯 4月23日，青禾县第二中学${event}召开，县教育局副局长宓红出席${opening}并讲话。\n${opening}由副校长${chair}主持。`;
        const r = extractRecord({ id: 't', text, date: '2026-04-24' });
        expect(r.meetings.filter((m) => m.reported).map((m) => m.name), text).toEqual([`青禾县第二中学${event}`]);
        expect(r.meetings[0]?.attendees.find((x) => x.person === chair)?.roles, text).toEqual(['PRESIDED']);
      }
    }
  });
});

describe('two meetings of one day, each referred to by its body', () => {
  const BODIES = ['县委常委会', '县政府常务会议'];
  const SECOND = ['县委农村工作领导小组会议', '县防汛抗旱指挥部会议'];
  it(`出席常委会会议 is the first meeting's (${BODIES.length} × ${SECOND.length})`, () => {
    for (const body of ['县委常委会']) for (const second of SECOND) {
      const text = `本报讯 6月10日上午，县委书记欧阳启帆主持召开${body}2025年第14次会议。当天下午，欧阳启帆又主持召开${second}。\n县委常委钟离默、上官晓岚出席常委会会议。`;
      const r = extractRecord({ id: 't', text, date: '2025-06-11' });
      const first = r.meetings.find((m) => m.name.startsWith(body));
      expect(first?.attendees.map((a) => a.person).sort(), text).toEqual(['上官晓岚', '欧阳启帆', '钟离默']);
    }
    expect(BODIES.length).toBe(2);
  });
});

describe('a meeting named by two posts joined with 、', () => {
  it.each([['总河长', '总林长'], ['河长', '林长'], ['总田长', '总林长']])('%s、%s会议召开', (a, b) => {
    const text = `本报讯 昨日，青禾县2025年${a}、${b}会议召开。县委书记宓红出席并讲话。县水利局局长田野传达了全省${a}${b}会议精神。`;
    const r = extractRecord({ id: 't', text, date: '2025-03-02' });
    expect(r.meetings.filter((m) => m.reported).map((m) => m.name)).toEqual([`青禾县2025年${a}、${b}会议`]);
  });
});

describe('the paper\'s own region written 我县 and a working group\'s meeting', () => {
  it.each([['溱源县', '我县'], ['岚川市', '我市'], ['柘浦区', '我区']])('%s … %s2025年秋季重点项目集中签约仪式 is one meeting', (region, ours) => {
    const text = `今天上午，${region}2025年秋季重点项目集中签约仪式在行政中心举行。\n（记者 孔令杰 报道）今天上午，${ours}2025年秋季重点项目集中签约仪式举行。县委书记司徒敬之出席签约仪式。副县长蒯和平主持。`;
    const r = extractRecord({ id: 't', text, date: '2025-10-20' });
    expect(r.meetings.filter((m) => m.reported).map((m) => `${m.name}:${m.attendees.map((a) => a.person).join('+')}`), text).toEqual([`${region}2025年秋季重点项目集中签约仪式:司徒敬之+蒯和平`]);
  });
  it.each(['检查组', '调研组', '督导组'])('%s召开汇报会', (group) => {
    const text = `8月29日下午，${group}召开汇报会，听取有关部门工作汇报。副县长古丽努尔·阿不都热依木汇报了有关情况。`;
    const r = extractRecord({ id: 't', text, date: '2025-08-30' });
    expect(r.meetings.filter((m) => m.reported).map((m) => `${m.name}:${m.attendees.map((a) => a.person).join('+')}`), text).toEqual([`${group}汇报会:古丽努尔·阿不都热依木`]);
  });
});

describe('two meetings named in the lead, then told one by one', () => {
  const HOLDERS = ['筠山县城市建设投资集团有限公司', '青禾县交通运输局', '鹭湖市人民医院'];
  const CHAIRS = ['上官怀瑾', '阿苏日呷', '宓红'];
  it(`会议由某某主持 after 上午召开的年度工作会议上 is the annual meeting's (${HOLDERS.length} × ${CHAIRS.length})`, () => {
    for (const holder of HOLDERS) for (const chair of CHAIRS) {
      const text = `本报讯 2月11日，${holder}先后召开2025年度工作会议和2025年第一季度安全生产工作会议。\n上午召开的年度工作会议上，党委书记诸葛明远作了工作报告。会议由总经理${chair}主持。\n当天下午，接着召开第一季度安全生产工作会议。副总经理佟海波作了具体部署。`;
      const r = extractRecord({ id: 't', text, date: '2025-02-12' });
      const annual = r.meetings.find((m) => m.name.endsWith('年度工作会议'));
      expect(annual?.attendees.find((a) => a.person === chair)?.roles, text).toEqual(['PRESIDED']);
      const safety = r.meetings.find((m) => m.name.endsWith('安全生产工作会议'));
      expect(safety?.attendees.map((a) => a.person), text).toEqual(['佟海波']);
    }
  });
  it.each(['潆洲区', '青禾区', '柘浦区'])('a meeting named as an object (审议%s政协常委会议有关议程) does not take the chair of the one reported', (district) => {
    const text = `昨天上午，${district}政协召开十一届三十二次主席会议，审议区政协十一届二十次常委会议有关议程。区政协主席闻人秀英主持会议。\n昨天下午，${district}政协十一届二十次常委会议召开。`;
    const r = extractRecord({ id: 't', text, date: '2025-02-12' });
    expect(r.meetings.find((m) => m.name.endsWith('主席会议'))?.attendees.map((a) => a.person), text).toEqual(['闻人秀英']);
  });
});
