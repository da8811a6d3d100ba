// Positions, meetings and attendance on sentences written for these tests (fictional people and places).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const rec = (text: string, date = '2024-05-20', title?: string) =>
  extractRecord({ id: 't', text, date, ...(title ? { title } : {}) });

const positions = (text: string) => rec(text).positions.map((p) => [p.person, p.title, p.organization]);
const attendees = (text: string, date?: string, title?: string) =>
  rec(text, date, title).meetings.filter((m) => m.reported).flatMap((m) => m.attendees.map((a) => [a.person, [...a.roles].sort().join('+')]));

describe('positions', () => {
  it.each([
    ['云杉县商务局局长姜婉清表示，将抓好落实。', [['姜婉清', '局长', '云杉县商务局']]],
    ['松涛街道党工委书记乔立新说，要服务好项目。', [['乔立新', '书记', '松涛街道党工委']]],
    ['鹭湖片区管委主任许晓岚出席会议。', [['许晓岚', '主任', '鹭湖片区管委']]],
  ])('%s', (text, want) => {
    expect(positions(text)).toEqual(want);
  });

  it('reads a chain of titles before one name', () => {
    const got = positions('云杉新区党工委书记、区委书记周明远主持会议。');
    expect(got).toContainEqual(['周明远', '书记', '云杉新区党工委']);
    expect(got.some(([p, t, o]) => p === '周明远' && t === '书记' && /区委$/.test(String(o)))).toBe(true);
  });

  it('carries the evidence sentence with offsets into the original', () => {
    const text = '会议指出了方向。云杉县商务局局长姜婉清表示，将抓好落实。';
    const p = rec(text).positions[0]!;
    expect(text.slice(p.evidence.start, p.evidence.end)).toBe('云杉县商务局局长姜婉清表示，将抓好落实。');
    expect(p.evidence.sentence).toBe('云杉县商务局局长姜婉清表示，将抓好落实。');
  });
});

describe('meetings and attendance', () => {
  it('gives roles by what the text says each person did', () => {
    const text = '5月20日，云杉县召开乡村振兴工作会议。县委书记吕承安主持会议并讲话，县长贝明哲出席会议并发言。副县长车立新、苗雨薇等参加会议。';
    expect(attendees(text)).toEqual([
      ['吕承安', 'PRESIDED+SPOKE'], ['贝明哲', 'ATTENDED+SPOKE'], ['车立新', 'ATTENDED'], ['苗雨薇', 'ATTENDED'],
    ]);
  });

  it('reads a speech by video', () => {
    const text = '今天上午，云杉新区举行安全生产月启动仪式。区长郑启航作专题视频讲话。郑启航指出，要守牢安全底线。';
    expect(attendees(text, '2024-03-16')).toEqual([['郑启航', 'VIDEO_SPEECH']]);
    const m = rec(text, '2024-03-16').meetings.find((x) => x.reported)!;
    expect([m.name, m.startDate, m.endDate]).toEqual(['安全生产月启动仪式', '2024-03-16', '2024-03-16']);
  });

  it('reads a date range and the year from the record date', () => {
    const m = rec('3月14日至15日，云杉新区经济工作推进会召开。区长郑启航主持会议。', '2024-03-16').meetings[0]!;
    expect([m.name, m.kind, m.reported, m.startDate, m.endDate]).toEqual(['云杉新区经济工作推进会', '推进会', true, '2024-03-14', '2024-03-15']);
  });

  it('gives no attendees to a meeting only referred to', () => {
    const r = rec('区文化和旅游局将深入学习贯彻区委三届五次全会精神，推动文旅融合发展。局长姜婉清表示，要抓好落实。');
    const m = r.meetings.find((x) => x.name.includes('三届五次全会'))!;
    expect(m.reported).toBe(false);
    expect(m.attendees).toEqual([]);
  });

  it('does not make attendees of people only mentioned', () => {
    const text = '4月8日，青禾县乡村振兴推进会召开。县委书记吕承安主持会议。会议传达学习了省委书记钟立群的重要讲话精神。';
    expect(attendees(text).map(([p]) => p)).toEqual(['吕承安']);
  });
});

describe('titles that announce the meeting', () => {
  it('takes the meeting from the title and the people from the body; a meeting studied is not reported', () => {
    const r = rec('会议研究了防汛工作。副省长蓝振宇、欧阳思敏出席会议。会议传达学习了国务院有关会议精神。', '2024-06-03', '钟立群主持召开省政府常务会议');
    const reported = r.meetings.filter((m) => m.reported);
    expect(reported.map((m) => [m.name, m.startDate])).toEqual([['省政府常务会议', '2024-06-03']]);
    expect(reported[0]!.attendees.map((a) => [a.person, a.roles.join('+')])).toEqual([['蓝振宇', 'ATTENDED'], ['欧阳思敏', 'ATTENDED'], ['钟立群', 'PRESIDED']]);
    const title = r.entities.find((e) => e.name === '钟立群')!.mentions.find((m) => m.field === 'title');
    expect(title).toMatchObject({ start: 0, end: 3, field: 'title' });
  });
});

describe('recognitions', () => {
  it('reads companies named in a list of honours, with the issuer and the year', () => {
    const text = '6月3日，工信部公布2024年度绿色工厂名单。其中，澄川明辉材料股份有限公司“高性能纤维绿色工厂”入选2024年度绿色工厂名单。';
    const r = rec(text).recognitions.map((x) => [x.company, x.title, x.by, x.year]);
    expect(r).toEqual([['澄川明辉材料股份有限公司', '高性能纤维绿色工厂', '工业和信息化部', 2024]]);
  });
});

describe('records', () => {
  it('keep a byline written inside the dateline', () => {
    const r = rec('本报讯（记者 甘露）4月8日，青禾县召开乡村振兴推进会。');
    expect(r.reporters).toEqual(['甘露']);
    const m = r.entities.find((e) => e.name === '甘露')!.mentions[0]!;
    expect([m.start, m.end]).toEqual([7, 9]);
  });
});

describe('national TV-news reports', () => {
  const reports = readFileSync(new URL('../../examples/national-news.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const roles = (i: number) => extractRecord(reports[i]).meetings.filter((m) => m.reported)
    .flatMap((m) => m.attendees.map((a) => [a.person, [...a.roles].sort().join('+')]));

  it('a conference: speech, presiding, attending; a studied instruction is nobody', () => {
    expect(roles(0)).toEqual([['宁致远', 'ATTENDED+SPOKE'], ['骆文清', 'PRESIDED'], ['黎安邦', 'ATTENDED']]);
  });

  it('a reception: host, guest and those who joined it', () => {
    const r = extractRecord(reports[1]);
    expect(r.meetings.map((m) => [m.kind, m.startDate])).toEqual([['会见', '2025-03-27']]);
    expect(roles(1).map(([p, x]) => [p, x.split('+').filter((y) => y !== 'SPOKE').join('+')])).toEqual([['宁致远', 'PRESIDED'], ['阿尔贝托·门德斯', 'ATTENDED'], ['黎安邦', 'ATTENDED']]);
  });

  it('a lecture with a closing list of those present', () => {
    expect(roles(2)).toEqual([['鲍正清', 'ATTENDED+SPOKE'], ['芮思齐', 'PRESIDED'], ['乐明轩', 'ATTENDED'], ['闻人雅', 'ATTENDED'], ['郜启帆', 'ATTENDED']]);
  });
});

describe('more TV-news styles', () => {
  it('宣布…开幕 is no meeting name; everyone of the opening is at the one fair', () => {
    const text = '第三届云岭数字经济博览会16日在云岭开幕。国家副主席韦宏图出席开幕式，宣布博览会开幕并致辞。全国政协副主席沙立群出席开幕式。开幕式由云岭市委书记骆永健主持。';
    const r = rec(text, '2025-05-16');
    expect(r.meetings.map((m) => m.name)).toEqual(['第三届云岭数字经济博览会']);
    expect(attendees(text, '2025-05-16')).toEqual([['韦宏图', 'ATTENDED+SPOKE'], ['沙立群', 'ATTENDED'], ['骆永健', 'PRESIDED']]);
  });

  it('the guest a ceremony is held for is not its host', () => {
    const text = '国家主席鲁长河8日在人民大会堂会见来访的某国总统卡洛斯·费雷拉。会见前，鲁长河在人民大会堂东门外广场为费雷拉举行欢迎仪式。';
    const got = Object.fromEntries(attendees(text, '2025-04-08'));
    expect(got['鲁长河']).toBe('PRESIDED');
    expect(got['卡洛斯·费雷拉']).toBe('ATTENDED');
  });

  it('a minister who 通报了 the figures spoke at the meeting; the premier who sent an instruction is nobody', () => {
    const text = '国务院2日召开全国防汛抗旱电视电话会议。国务院总理苗立群作出批示。国务委员向东明出席会议并讲话。水利部部长宁海平通报了汛情形势。';
    expect(attendees(text, '2025-08-02')).toEqual([['向东明', 'ATTENDED+SPOKE'], ['宁海平', 'SPOKE']]);
  });
});

describe('TV-news styles: dates after the name, foreign guests, names ending in 和', () => {
  it('a day written between the meeting and its verb (某会议17日在京召开) is the meeting\'s date', () => {
    const text = '全国春季农业生产工作会议17日在京召开。国务院副总理石鸿远出席会议并讲话。国务委员蓝季平主持会议。';
    expect(rec(text, '2026-03-18').meetings.map((m) => [m.name, m.startDate])).toEqual([['全国春季农业生产工作会议', '2026-03-17']]);
    expect(attendees(text, '2026-03-18')).toEqual([['石鸿远', 'ATTENDED+SPOKE'], ['蓝季平', 'PRESIDED']]);
  });

  it('a foreign guest whose name begins like a town\'s short form is still the guest', () => {
    const text = '国家主席邹文涛19日在人民大会堂会见来访的某国总理拉马奇。拉马奇表示，愿同中方深化合作。';
    const got = Object.fromEntries(attendees(text, '2026-03-19'));
    expect(got['邹文涛']).toContain('PRESIDED');
    expect(got['拉马奇']).toContain('ATTENDED');
  });

  it('和 ending a name before a comma joins nothing: it is the name\'s last character', () => {
    const text = '全国人大常委会第二十次会议30日在北京闭幕。副委员长闵立新、韦清和，秘书长庞晓岭出席会议。';
    expect(attendees(text, '2026-04-30').map(([p]) => p)).toEqual(['闵立新', '韦清和', '庞晓岭']);
  });
});

describe('TV-news styles: study sessions, long names, headlines', () => {
  it('a body that holds a bare kind (某中心组举行集体学习) holds that meeting; a speech studied there is no meeting', () => {
    const text = '8月1日，省委理论学习中心组举行集体学习。省委书记贝思源主持并讲话。省长甘立峰参加学习。会议认真学习了在全省生态环境保护大会上的重要讲话精神。';
    const r = rec(text, '2026-08-02');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.startDate, m.organizer])).toEqual([['省委理论学习中心组集体学习', '2026-08-01', '省委理论学习中心组']]);
    expect(attendees(text, '2026-08-02')).toEqual([['贝思源', 'PRESIDED+SPOKE'], ['甘立峰', 'ATTENDED']]);
  });

  it('a bare kind that a person 主持召开 is that person\'s meeting; a title glued into a place word (省长沙某) still cues the name', () => {
    const text = '在云岭期间，韦宏图主持召开座谈会，听取工作汇报。省委书记骆永健、省长沙立群参加座谈会。';
    const r = rec(text, '2026-04-12');
    expect(r.meetings.map((m) => m.name)).toEqual(['韦宏图主持召开座谈会']);
    expect(attendees(text, '2026-04-12')).toEqual([['韦宏图', 'PRESIDED'], ['骆永健', 'ATTENDED'], ['沙立群', 'ATTENDED']]);
  });

  it('a meeting reported without a date of its own takes the dates of the article\'s lead', () => {
    const text = '4月10日至11日，国务院副总理韦宏图在云岭调研。在云岭期间，韦宏图主持召开座谈会，听取工作汇报。';
    expect(rec(text, '2026-04-12').meetings.map((m) => [m.name, m.startDate, m.endDate])).toEqual([['韦宏图主持召开座谈会', '2026-04-10', '2026-04-11']]);
  });

  it('the body that holds a press conference, with a day and a hall between it and its verb', () => {
    const r = rec('大会新闻中心6日上午在滨江会展中心多功能厅举行记者会。新闻中心副主任汪静主持记者会。', '2026-03-06');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.organizer])).toEqual([['大会新闻中心记者会', '大会新闻中心']]);
  });

  it('与 between two fields stays inside the name; the headline\'s shorter name is the same meeting', () => {
    const r = rec('第二十三届中国—东盟商务与投资峰会20日在南宁开幕。国务院副总理汤和平出席开幕式并发表主旨演讲。', '2026-09-20', '中国—东盟商务峰会开幕');
    expect(r.meetings.map((m) => m.name)).toEqual(['第二十三届中国—东盟商务与投资峰会']);
  });
});

describe('TV-news styles: letters, delegation, receptions of a group', () => {
  it('who sent a letter or delegated the visit is nobody; the delegate attended and spoke', () => {
    const text = '第五届丝路文化博览会7日在敦和开幕。国家主席邹文涛发来贺信，对博览会开幕表示热烈祝贺。受邹文涛主席委托，全国政协副主席屈春林出席开幕式，宣读贺信并致辞。';
    expect(attendees(text, '2026-09-08')).toEqual([['屈春林', 'ATTENDED+SPOKE']]);
  });

  it('leaders who receive a group (会见受表彰代表) host a reception; acts after it go to the meeting named there', () => {
    const text = '全国教育系统表彰大会10日在北京举行。邹文涛、宁致远等领导同志会见受表彰代表并合影留念。国务院副总理石鸿远在大会上讲话。会议由国务委员蓝季平主持。';
    const r = rec(text, '2026-09-10');
    const by = Object.fromEntries(r.meetings.map((m) => [m.name, m.attendees.map((a) => [a.person, a.roles.join('+')])]));
    expect(by['邹文涛、宁致远会见受表彰代表']).toEqual([['邹文涛', 'PRESIDED'], ['宁致远', 'PRESIDED']]);
    expect(by['全国教育系统表彰大会']).toEqual([['石鸿远', 'SPOKE'], ['蓝季平', 'PRESIDED']]);
  });
});

describe('TV-news styles: receptions, anniversaries, oaths', () => {
  it('a state reception on the eve of the anniversary: its full name, the day before the article, all who attended', () => {
    const text = '庆祝共和国成立77周年招待会30日晚在人民大会堂隆重举行。邹文涛、宁致远等领导同志出席招待会。宁致远主持招待会并致辞。出席招待会的还有：欧阳明德、司马青。';
    const r = rec(text, '2026-10-01');
    expect(r.meetings.map((m) => [m.name, m.kind, m.startDate])).toEqual([['庆祝共和国成立77周年招待会', '招待会', '2026-09-30']]);
    expect(attendees(text, '2026-10-01').map(([p]) => p)).toEqual(['邹文涛', '宁致远', '欧阳明德', '司马青']);
  });

  it('a session named after its body is held by that body; a name that merely begins with a body is not', () => {
    const held = (text: string): (string | null)[][] => rec(text, '2026-10-12').meetings.filter((m) => m.reported).map((m) => [m.name, m.organizer]);
    expect(held('10日，县政府第十八次常务会议召开。县长邝明远主持会议。')).toEqual([['县政府第十八次常务会议', '县政府']]);
    expect(held('10日，桐溪县十八届人大常委会第二十次会议在县城闭幕。县人大常委会主任邝明远主持会议。')).toEqual([['桐溪县十八届人大常委会第二十次会议', '桐溪县十八届人大常委会']]);
    // (全国税务局 + 长会议: a meeting of bureau heads, not a session of a body)
    expect(held('10日，全国税务局长会议在京召开。')).toEqual([['全国税务局长会议', null]]);
  });

  it('由某部主办 names the organizer of the event reported just before', () => {
    const r = rec('第二届乡村振兴论坛11日在云岭开幕。论坛由农业农村部和云岭省人民政府共同主办。省长沙立群主持开幕式。', '2026-10-12');
    expect(r.meetings.map((m) => [m.name, m.organizer])).toEqual([['第二届乡村振兴论坛', '中华人民共和国农业农村部']]);
  });

  it('who swears the oath and who supervises it attended the ceremony', () => {
    const text = '全国人大常委会4日举行宪法宣誓仪式。委员长柏承泽监誓。新任命的副院长申江涛宣誓。副委员长闵立新主持宣誓仪式。';
    expect(attendees(text, '2026-11-04')).toEqual([['柏承泽', 'ATTENDED'], ['申江涛', 'ATTENDED'], ['闵立新', 'PRESIDED']]);
  });
});

describe('appointments: posts written after the name', () => {
  const appointed = (text: string) => rec(text).positions.filter((p) => p.rule === 'position.appointed').map((p) => [p.person, p.title, p.organization]);

  it('任 with a chain of posts in one body; a post left (不再担任) is none', () => {
    expect(appointed('中共中央决定：骆永健同志任云岭省委委员、常委、书记；贝思源同志不再担任云岭省委书记职务。')).toEqual([
      ['骆永健', '委员', '云岭省委'], ['骆永健', '常委', '云岭省委'], ['骆永健', '书记', '云岭省委'],
    ]);
  });

  it('任命某某为 and 当选为 give the post after them', () => {
    expect(appointed('经研究决定，任命甘立峰为云岭省人民政府副省长。')).toEqual([['甘立峰', '副省长', '云岭省']]);
    expect(appointed('青禾县县长邝文斌当选为青禾县委书记。')).toEqual([['邝文斌', '书记', '青禾县委']]);
  });

  it('words before a title that name no body make no post', () => {
    expect(appointed('宓红担任这次活动的志愿者。')).toEqual([]);
  });
});

describe('a speech with its object inside', () => {
  it('作关于…的报告 is a speech; 审议工作报告 is none', () => {
    const text = '云杉县人大常委会第九次会议26日举行。主任骆文清主持会议。副县长宓红作关于县级预算调整的报告。委员们审议了法院工作报告。';
    expect(attendees(text, '2025-06-26')).toEqual([['骆文清', 'PRESIDED'], ['宓红', 'SPOKE']]);
  });
});

describe('a closing session of a standing committee', () => {
  it('the chair spoke, the vice-chair presided, the listed vice-chairs attended', () => {
    const text = '省政协第十二届常务委员会第九次会议20日上午闭幕。省政协主席车建勋出席闭幕会并讲话。闭幕会由省政协副主席严立峰主持。省政协副主席沙立群、庞致远、甘雨、宁海平出席会议。';
    expect(attendees(text, '2025-06-20')).toEqual([
      ['车建勋', 'ATTENDED+SPOKE'], ['严立峰', 'PRESIDED'], ['沙立群', 'ATTENDED'], ['庞致远', 'ATTENDED'], ['甘雨', 'ATTENDED'], ['宁海平', 'ATTENDED'],
    ]);
  });
});

describe('a phone call between two leaders', () => {
  it('is a meeting named by its sides: the caller presided, the other side attended', () => {
    const text = '国家主席鲁长河3日晚同某国总理安娜·科瓦奇通电话。鲁长河指出，中方愿同某国加强合作。科瓦奇表示，某国重视对华关系。';
    const r = rec(text, '2025-11-03');
    expect(r.meetings.map((m) => [m.name, m.kind, m.startDate])).toEqual([['鲁长河同安娜·科瓦奇通电话', '通话', '2025-11-03']]);
    expect(attendees(text, '2025-11-03')).toEqual([['鲁长河', 'PRESIDED+SPOKE'], ['安娜·科瓦奇', 'ATTENDED+SPOKE']]);
  });
});

describe('a day and a place between the meeting and its verb', () => {
  it('X会议5日上午在某地开幕 reports the meeting; 在主席台就座 is attending; 作政府工作报告 is a speech', () => {
    const text = '青川县第十八届人民代表大会第三次会议5日上午在县会议中心开幕。县长贝明哲作政府工作报告。周明远、柯婉、吕承安在主席台就座。吕承安主持大会。';
    const r = rec(text, '2025-03-05');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.startDate])).toEqual([['青川县第十八届人民代表大会第三次会议', '2025-03-05']]);
    expect(attendees(text, '2025-03-05')).toEqual([['贝明哲', 'SPOKE'], ['周明远', 'ATTENDED'], ['柯婉', 'ATTENDED'], ['吕承安', 'ATTENDED+PRESIDED']]);
  });
});

describe('meeting names joined by 和 between the holder and the kind', () => {
  it.each([
    ['3月5日，雁岭县政府召开耕地保护和违法占地整治视频会议。', '耕地保护和违法占地整治视频会议'],
    ['6日，临溪市委召开全市组织和宣传工作会议。', '全市组织和宣传工作会议'],
    ['昨天，柏川区召开防汛和安全生产工作调度会。', '防汛和安全生产工作调度会'],
  ])('%s → %s', (text, name) => {
    expect(rec(text, '2026-03-08').meetings.map((m) => m.name)).toEqual([name]);
  });
  it('without a holder before it, 和 still ends the name (研究了甲和乙工作会议精神)', () => {
    expect(rec('会议研究了防汛和安全生产工作会议精神。').meetings.map((m) => m.name)).toEqual(['安全生产工作会议']);
  });
});

describe('receptions: the guest welcomed is no host; 他说 is the host speaking', () => {
  it('甲对乙表示欢迎。他说 → the host PRESIDED and SPOKE, the guest only ATTENDED', () => {
    const text = '9日，柏川县委书记龚子墨在县行政中心会见了远航智能装备有限公司董事长万里云一行。龚子墨对万里云一行表示欢迎。他说，柏川正在打造智能制造基地。';
    expect(attendees(text, '2026-04-09')).toEqual([['龚子墨', 'PRESIDED+SPOKE'], ['万里云', 'ATTENDED']]);
  });
  it('after a list of people, 他说 has no one subject and gives nobody a speech', () => {
    const text = '9日，柏川县委书记龚子墨会见了万里云一行。县委副书记钱立，副县长孙一鸣参加会见。他说，县里欢迎投资。';
    expect(attendees(text, '2026-04-09')).toEqual([['龚子墨', 'PRESIDED'], ['万里云', 'ATTENDED'], ['钱立', 'ATTENDED'], ['孙一鸣', 'ATTENDED']]);
  });
});

describe('posts written bare after the body\'s head in one sentence', () => {
  it('秘书长 after 主任 of a 人大常委会 is in that body; 副主席 again is in the body of the first', () => {
    expect(positions('县人大常委会主任谷正言主持会议，副主任邝秋实、费安，秘书长伍冬青出席会议。')).toContainEqual(['伍冬青', '秘书长', '县人大常委会']);
    expect(positions('县政协副主席、党组副书记苗思远，副主席骆惠出席会议。')).toContainEqual(['骆惠', '副主席', '县政协']);
  });
  it('a 党组 post in a chain is in the party group of the body another post of the chain names', () => {
    expect(positions('县政协副主席、党组副书记苗思远出席会议。')).toContainEqual(['苗思远', '副书记', '县政协党组']);
    expect(positions('县教育局局长、党组书记韦文澜出席会议。')).toContainEqual(['韦文澜', '书记', '县教育局党组']);
  });
  it('a region\'s 县长 gives its 秘书长 no body', () => {
    expect(positions('县长鲍乐天主持会议，秘书长林明远出席。')).toContainEqual(['林明远', '秘书长', null]);
  });
});

describe('a plenum under two names, and a second meeting 召开了 during it', () => {
  it('the headline\'s 区委九届六次全会 is the body\'s formal plenum; 期间召开了 another meeting takes its own acts', () => {
    const text = '中国共产党蒲川区第七届委员会第五次全体会议12月20日至21日召开。全会由区委常委会主持。\n区委委员、候补委员出席会议。\n全会期间，21日下午召开了区委农村工作会议。区委副书记柯晓岚主持会议，区委副书记、区长贲志远在会上讲话。';
    const r = rec(text, '2025-12-22', '区委七届五次全会召开');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.startDate, m.attendees.map((a) => a.person)])).toEqual([
      ['中国共产党蒲川区第七届委员会第五次全体会议', '2025-12-20', []],
      ['区委农村工作会议', '2025-12-21', ['柯晓岚', '贲志远']],
    ]);
  });
});

describe('a reception written three times, a signing, a numbered study session', () => {
  it('a portal\'s headline line and title repeat the reception: one meeting; 签订 at a signing is attending', () => {
    const text = '祁振宇会见鼎华集团董事长逯南山一行\n来源：淞南区融媒体中心\n7月8日下午，区委书记祁振宇在区行政中心会见了鼎华集团董事长逯南山一行。区长贝小岚参加会见。\n会见后，双方举行鼎华智能制造基地项目签约仪式。副区长柏宏远与鼎华集团副总裁吴立方代表双方签订投资协议。';
    const r = rec(text, '2025-07-09', '祁振宇会见鼎华集团董事长逯南山一行');
    expect(r.meetings.map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([
      ['祁振宇会见逯南山', ['祁振宇', '逯南山', '贝小岚']],
      ['鼎华智能制造基地项目签约仪式', ['柏宏远', '吴立方']],
    ]);
  });
  it('某中心组举行2026年第二次专题学习会 is named by its holder; a speech studied from another 学习会 is not reported', () => {
    const text = '3月3日上午，洹川市委理论学习中心组举行2026年第二次专题学习会。市委书记芮广平主持学习会并讲话。学习会传达学习了省委书记茅以安在省委理论学习中心组学习会上的讲话精神。';
    const r = rec(text, '2026-03-03');
    expect(r.meetings.map((m) => [m.name, m.reported])).toEqual([['洹川市委理论学习中心组2026年第二次专题学习会', true], ['省委理论学习中心组学习会', false]]);
  });
});

describe('a post held by an unnamed group does not take the act from the named', () => {
  it('副县长甲，有关部门负责同志及各乡镇人大主席团主席列席会议 → 甲 attended', () => {
    const text = '县十七届人大常委会第九次会议8月29日举行。县人大常委会主任靳国安主持会议。副县长贝小川，县法院、县检察院负责同志及各乡镇人大主席团主席列席会议。';
    expect(attendees(text, '2025-08-30')).toEqual([['靳国安', 'PRESIDED'], ['贝小川', 'ATTENDED']]);
  });
});

describe('sessions under two names, a comma before the day, 随后召开的, 两次会议', () => {
  it('the headline\'s 县十八届人大五次会议 is the body\'s session; "X，9日下午…闭幕" reports X', () => {
    const text = '1月7日开幕的漳川县第十八届人民代表大会第五次会议，9日下午在县行政中心胜利闭幕。县人大常委会主任晏松明主持闭幕会。';
    const r = rec(text, '2025-01-10', '县十八届人大五次会议胜利闭幕');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([['漳川县第十八届人民代表大会第五次会议', ['晏松明']]]);
  });
  it('随后召开的 reports the meeting; 出席两次会议 attends both', () => {
    const text = '2月20日上午，榕川区政府第五次全体会议召开。区长尉迟明主持会议。随后召开的区政府第五次廉政工作会议由常务副区长聂远主持。副区长宫晓、江北出席两次会议。';
    const r = rec(text, '2024-02-20');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([
      ['榕川区政府第五次全体会议', ['尉迟明', '宫晓', '江北']],
      ['区政府第五次廉政工作会议', ['聂远', '宫晓', '江北']],
    ]);
  });
});

describe('a bare 会议 never means a ceremony', () => {
  it('主持宪法宣誓仪式。…委员出席会议 → the session', () => {
    const text = '5月9日，蕖川县第十八届人民代表大会常务委员会第二十三次会议举行。县人大常委会主任钮汉平主持会议。10日下午，钮汉平主持宪法宣誓仪式。县人大常委会副主任匡秀兰、柏长安出席会议。';
    const r = rec(text, '2024-05-11');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([
      ['蕖川县第十八届人民代表大会常务委员会第二十三次会议', ['钮汉平', '匡秀兰', '柏长安']],
      ['宪法宣誓仪式', ['钮汉平']],
    ]);
  });
});

describe('the opening sitting is the session\'s, not its presidium\'s', () => {
  it('主席团第一次会议 named before 出席开幕会 and 主持开幕会 does not take them', () => {
    const text = '1月13日上午，政协阔川县第十一届委员会第四次会议开幕。开幕会前，大会主席团第一次会议召开，县政协主席吐尔逊·买买提主持会议。县委书记巩学文应邀出席开幕会。县政协副主席叶尔兰·别克主持开幕会。';
    const r = rec(text, '2025-01-13');
    expect(r.meetings.filter((m) => m.reported).map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([
      ['政协阔川县第十一届委员会第四次会议', ['巩学文', '叶尔兰·别克']],
      ['大会主席团第一次会议', ['吐尔逊·买买提']],
    ]);
  });
});

describe('posts of towns, streets, villages and communities', () => {
  it('街道党工委书记, 镇长 and 社区党委书记 are posts of the street, town and community the article names', () => {
    expect(positions('近日，槿川街道召开会议。街道党工委书记扶立明主持会议。')).toContainEqual(['扶立明', '书记', '槿川街道党工委']);
    expect(positions('青岚镇召开会议。镇长苗立夏出席。')).toContainEqual(['苗立夏', '镇长', '青岚镇']);
    expect(positions('近日，槿川街道召开会议。花溪社区党委书记米秋兰发言。')).toContainEqual(['米秋兰', '书记', '花溪社区党委']);
  });
});

describe('a ceremony named in full as its clause\'s subject, and its act later', () => {
  it('某县乡村振兴学院揭牌仪式在某地举行: the name runs back over 振兴 to the clause\'s start', () => {
    expect(rec('30日上午，桦川县乡村振兴学院揭牌仪式在县委党校举行。', '2025-11-30').meetings.map((m) => m.name)).toEqual(['桦川县乡村振兴学院揭牌仪式']);
  });
  it('为某某所揭牌 after the ceremony named in full is that ceremony, not one more', () => {
    const text = '31日上午，棠川区碧水街道新时代文明实践所揭牌仪式在街道便民服务中心举行。区委常委诸葛晴主持仪式。街道党工委书记储明远与容秋燕共同为新时代文明实践所揭牌。';
    const r = rec(text, '2023-04-01');
    expect(r.meetings.map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([
      ['棠川区碧水街道新时代文明实践所揭牌仪式', ['诸葛晴', '储明远', '容秋燕']],
    ]);
  });
});

describe('a weak kind with a short word is the event named before', () => {
  it('出席开工活动 after 某某集中开工仪式 attends that ceremony', () => {
    const text = '16日上午，崤川市2024年第二批重大项目集中开工仪式在主会场举行。市长金晓岚致辞。副市长刁一伟、阎红星出席开工活动。';
    const r = rec(text, '2024-04-16');
    expect(r.meetings.map((m) => [m.name, m.attendees.map((a) => a.person)])).toEqual([
      ['崤川市2024年第二批重大项目集中开工仪式', ['金晓岚', '刁一伟', '阎红星']],
    ]);
  });
});

describe('reports heard, 述职, lessons and briefings are speeches at the meeting', () => {
  it('会议听取了局长甲关于…的汇报 and 听取和审议了副县长乙受县政府委托所作的…报告 → both SPOKE', () => {
    const got = attendees('6月3日，苇塘县召开县委常委会会议。县委书记祁远帆主持会议。会议听取了县水利局局长章立秋关于汛期准备情况的汇报。' +
      '6月4日，苇塘县第九届人大常委会第十次会议召开。会议听取和审议了副县长罗新雨受县人民政府委托所作的关于农村公路建设情况的报告。');
    expect(got).toContainEqual(['章立秋', 'SPOKE']);
    expect(got).toContainEqual(['罗新雨', 'SPOKE']);
  });
  it('a report heard from a body, with no one named, gives nobody a speech', () => {
    const got = attendees('6月3日，苇塘县召开县委常委会会议。县委书记祁远帆主持会议。会议听取了县水利局关于汛期准备情况的汇报。');
    expect(got).toEqual([['祁远帆', 'PRESIDED']]);
  });
  it('甲、乙等书记现场述职 → SPOKE; 书面述职 by the unnamed gives nobody anything', () => {
    const got = attendees('1月9日，苇塘县召开2025年度乡镇党委书记抓基层党建工作述职评议会。县委书记祁远帆主持会议并点评。' +
      '会上，芦花镇党委书记邵明川、青石乡党委书记温若兰等4名书记现场述职，其余书记书面述职。');
    expect(got).toContainEqual(['邵明川', 'SPOKE']);
    expect(got).toContainEqual(['温若兰', 'SPOKE']);
  });
  it('为学员讲授第一课, 进行了…讲解, 介绍了…情况 and 作具体部署 are speeches', () => {
    const got = attendees('9月2日，苇塘县2025年年轻干部培训班开班仪式举行。县委常委、组织部部长景向东主持开班仪式。' +
      '县委常委、宣传部部长甘秋池以《讲好苇塘故事》为题为学员讲授第一课。县司法局局长潘立言进行了学法讲解。' +
      '县委党校常务副校长郁文清介绍了培训安排，副县长倪远航对下一阶段工作作具体部署。');
    for (const name of ['甘秋池', '潘立言', '郁文清', '倪远航']) expect(got).toContainEqual([name, 'SPOKE']);
  });
  it('听取…讲解 is the listener\'s act, not a speech', () => {
    const got = attendees('9月2日，苇塘县召开文旅产业发展现场推进会。县委书记祁远帆出席会议并讲话，与会人员听取了景区负责人讲解。');
    expect(got).toEqual([['祁远帆', 'ATTENDED+SPOKE']]);
  });
});

describe('events told by their kind alone, press conferences, signings', () => {
  it('某组向某局反馈巡察情况。反馈会由甲主持 → a 反馈会 with its chair and speakers', () => {
    const r = rec('本报讯 6月5日，苇塘县委第一巡察组向县水利局党组反馈巡察情况。反馈会由县委第一巡察组副组长钟晓岚主持。' +
      '县委第一巡察组组长孔令山代表巡察组反馈了巡察意见。县委巡察办主任邵春雷对抓好整改提出要求。县水利局党组书记、局长贺文江作表态发言。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => x.name)).toEqual(['反馈会']);
    expect(m[0]!.startDate).toBe('2024-06-05');
    expect(m[0]!.attendees.map((a) => [a.person, a.roles.join('+')])).toEqual([
      ['钟晓岚', 'PRESIDED'], ['孔令山', 'SPOKE'], ['邵春雷', 'SPOKE'], ['贺文江', 'SPOKE']]);
  });
  it('a chaired kind in an article that reports a named meeting is that meeting, not a new one', () => {
    const r = rec('6月5日，中共苇塘县第九届委员会第四次全体会议召开。全会由县委常委会主持，县委书记祁远帆作讲话。');
    expect(r.meetings.filter((x) => x.reported).map((x) => x.name)).toEqual(['中共苇塘县第九届委员会第四次全体会议']);
  });
  it('发布…情况 and 回答记者提问 at a press conference; 签署 and 作产业推介 at a signing', () => {
    expect(attendees('12月1日，苇塘县政府新闻办召开冬季供暖新闻发布会。县政府新闻办主任葛文彬主持发布会，县住建局局长桂怀远发布有关情况，' +
      '县热力公司经理邬晓川回答记者提问。')).toEqual([['葛文彬', 'PRESIDED'], ['桂怀远', 'SPOKE'], ['邬晓川', 'SPOKE']]);
    const got = attendees('11月8日，苇塘县新材料产业招商推介会暨项目签约仪式在临江市举行。县投资促进局局长蒲怀瑾作产业推介，' +
      '副县长晏秋实与企业负责人分别代表双方签署投资协议。');
    expect(got).toContainEqual(['蒲怀瑾', 'SPOKE']);
    expect(got).toContainEqual(['晏秋实', 'ATTENDED']);
  });
  it('甲、乙等14名村党组织书记逐一述职: a long count and body between 等 and the post keep the group', () => {
    expect(attendees('1月9日，芦花镇召开村党组织书记抓基层党建工作述职评议会。镇党委书记邵明川主持会议。' +
      '会上，东岗村党支部书记温若兰、西岗村党支部书记项立春等14名村党组织书记逐一述职。')).toEqual([
      ['邵明川', 'PRESIDED'], ['温若兰', 'SPOKE'], ['项立春', 'SPOKE']]);
  });
});

describe('an act done at the event is attending, unless the person presided or spoke', () => {
  it('主持会议 and 颁发任命书 → PRESIDED only; 揭牌 alone → ATTENDED; 出席 and 揭牌 and 致辞 → ATTENDED+SPOKE', () => {
    expect(attendees('5月9日，苇塘县人大常委会举行宪法宣誓仪式。县人大常委会主任尚怀德为新任命人员颁发任命书，并主持宪法宣誓仪式。')).toEqual([['尚怀德', 'PRESIDED']]);
    expect(attendees('5月9日，苇塘县人才服务中心揭牌仪式举行。县委常委柯明轩与企业代表共同揭牌。')).toEqual([['柯明轩', 'ATTENDED']]);
    expect(attendees('5月9日，苇塘县人才服务中心揭牌仪式举行。县委书记祁远帆出席仪式并致辞，并为中心揭牌。')).toEqual([['祁远帆', 'ATTENDED+SPOKE']]);
  });
});

describe('an act that is part of the event reported before it', () => {
  it('县领导甲、乙为受表彰代表颁奖 at a 表彰大会 is the 大会\'s act, not a 颁奖仪式 of its own', () => {
    const r = rec('2月6日，苇塘县乡村振兴表彰大会召开。县委书记祁远帆出席会议并讲话，县长贝明哲主持会议，副县长车立新对全年工作作具体安排。' +
      '会议对先进集体和先进个人进行了表彰。县领导祁远帆、贝明哲、车立新、苗雨薇为受表彰代表颁奖。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => x.name)).toEqual(['苇塘县乡村振兴表彰大会']);
    expect(m[0]!.attendees.map((a) => [a.person, [...a.roles].sort().join('+')])).toEqual([
      ['祁远帆', 'ATTENDED+SPOKE'], ['贝明哲', 'PRESIDED'], ['车立新', 'SPOKE'], ['苗雨薇', 'ATTENDED']]);
  });
  it('宣布项目开工 is an act of the ceremony: ATTENDED, not a speech', () => {
    expect(attendees('3月2日，苇塘县新材料产业园项目开工仪式举行。副市长景向东，县委书记祁远帆出席开工仪式。随后，景向东宣布项目开工。'))
      .toEqual([['景向东', 'ATTENDED'], ['祁远帆', 'ATTENDED']]);
  });
});

describe('names that end in 说, 在 or 为, and 所作的', () => {
  it.each([
    ['县委副书记、县长阚明远，县委副书记郁长在等县委常委出席会议。', '郁长在'],
    ['区发改委主任冉晓说通报了全区经济运行情况。', '冉晓说'],
    ['个体工商户代表祁学说先后发言。', '祁学说'],
    ['青岗镇党委书记聂立为现场述职。', '聂立为'],
    ['会议听取了区人大常委会主任易明所作的工作报告。', '易明'],
    ['会议听取了县市场监管局局长段干亮关于食品安全的汇报。', '段干亮'],
  ])('%s → %s', (text, name) => {
    expect(rec(`5月20日，苇塘县召开工作会议。${text}`).entities.filter((e) => e.type === 'person').map((e) => e.name)).toContain(name);
  });
  it('县长王明说，要抓好落实 keeps 说 a verb', () => {
    expect(rec('县长王明说，要抓好落实。').entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['王明']);
  });
});

describe('a plenum written short, a preparatory sitting', () => {
  it('全会由县委常委会主持 after the formal name is that plenum, not one whose spirit is studied', () => {
    const r = rec('12月28日，中国共产党苇塘县第十四届委员会第八次全体会议召开。全会由县委常委会主持。县委书记祁远帆代表县委常委会作工作报告。' +
      '全会认为，全县认真学习贯彻党的二十届三中全会精神。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => x.name)).toEqual(['中国共产党苇塘县第十四届委员会第八次全体会议']);
    expect(m[0]!.attendees.map((a) => a.person)).toEqual(['祁远帆']);
  });
  it('某会议举行预备会议 reports the sitting; the session opens later', () => {
    const r = rec('7日下午，政协苇塘县第九届委员会第四次会议举行预备会议。县政协主席尚怀德主持会议。据悉，大会将于8日上午开幕。');
    expect(r.meetings.filter((x) => x.reported).map((x) => [x.name, x.attendees.map((a) => a.person).join()])).toEqual([
      ['政协苇塘县第九届委员会第四次会议预备会议', '尚怀德']]);
  });
});

describe('a session\'s hall and its delegations', () => {
  it('在县人民大会堂隆重开幕: the hall is no meeting; 参加某镇代表团审议 is an event of its own', () => {
    const r = rec('2月15日上午，苇塘县第十七届人民代表大会第三次会议在县人民大会堂隆重开幕。县委书记祁远帆，县长贝明哲等在主席台就座。' +
      '县人大常委会主任尚怀德主持开幕会。\n2月15日下午，祁远帆参加芦花镇代表团审议政府工作报告。芦花镇党委书记邵明川主持审议。' +
      '代表温若兰等先后发言。当天下午，贝明哲参加青石乡代表团审议。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => x.name)).toEqual(['苇塘县第十七届人民代表大会第三次会议', '芦花镇代表团审议', '青石乡代表团审议']);
    expect(m[1]!.attendees.map((a) => [a.person, [...a.roles].sort().join('+')])).toEqual([
      ['祁远帆', 'ATTENDED'], ['邵明川', 'PRESIDED'], ['温若兰', 'SPOKE']]);
    expect(m[2]!.attendees.map((a) => a.person)).toEqual(['贝明哲']);
  });
});

describe('a meeting held before the main one, a company with a place in brackets', () => {
  it('会前，某党组召开学习会: its own event; a bare 会议 after it is the main meeting', () => {
    const r = rec('3月5日上午，区长上官明川主持召开苇塘区政府第九次常务会议。\n会前，区政府党组召开理论学习中心组学习会。上官明川主持学习会，副区长庞立夏作交流发言。\n' +
      '会议听取了区住建局局长钮立秋关于城市更新的汇报。副区长庞立夏、诸葛秋实出席会议。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => x.name)).toEqual(['苇塘区政府第九次常务会议', '区政府党组理论学习中心组学习会']);
    expect(m[0]!.attendees.map((a) => a.person)).toEqual(['上官明川', '钮立秋', '庞立夏', '诸葛秋实']);
    expect(m[1]!.attendees.map((a) => [a.person, a.roles.join('+')])).toEqual([['上官明川', 'PRESIDED'], ['庞立夏', 'SPOKE']]);
  });
  it('某某半导体（某州）有限公司 is one company, and its brand no person', () => {
    const r = rec('项目单位代表、金岭半导体（苇州）有限公司总经理潘立言作表态发言。');
    expect(r.entities.filter((e) => e.type === 'company').map((e) => e.name)).toEqual(['金岭半导体(苇州)有限公司']);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['潘立言']);
  });
});

describe('posts in a body\'s party group and the body\'s own', () => {
  it.each([
    ['县教育局党组书记、局长苏晓晴出席。', [['苏晓晴', '局长', '县教育局'], ['苏晓晴', '书记', '县教育局党组']]],
    ['县卫生健康局党委书记、局长郝明仁出席。', [['郝明仁', '局长', '县卫生健康局'], ['郝明仁', '书记', '县卫生健康局党委']]],
    ['县公安局党委副书记、政委朱晓红出席。', [['朱晓红', '政委', '县公安局'], ['朱晓红', '副书记', '县公安局党委']]],
    ['县自然资源和规划局局长杭立峰出席。', [['杭立峰', '局长', '县自然资源和规划局']]],
  ])('%s', (text, want) => {
    expect(positions(text)).toEqual(expect.arrayContaining(want));
  });
  it('镇党委书记、镇长 stays a town\'s posts', () => {
    expect(positions('镇党委书记、镇长郝明仁出席。').map(([, t]) => t).sort()).toEqual(['书记', '镇长']);
  });
});

describe('chairs named after 的是, kinds of consultation, receptions named in the headline', () => {
  it('主持议事会的是甲 → 甲 PRESIDED; 发了言 is a speech; 一场 is no part of the name', () => {
    const r = rec('3月18日晚，一场关于电动车充电的居民议事会正在进行。主持议事会的是社区党委书记姒文芳。议事会上，居民代表钟毓秀、项立春等发了言。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => x.name)).toEqual(['居民议事会']);
    expect(m[0]!.attendees.map((a) => [a.person, a.roles.join('+')])).toEqual([['姒文芳', 'PRESIDED'], ['钟毓秀', 'SPOKE'], ['项立春', 'SPOKE']]);
  });
  it('某县政协召开“…”专题协商会 is a meeting the body holds', () => {
    expect(rec('昨天下午，苇塘县政协召开“推进农村养老服务”专题协商会。县政协主席尚怀德主持会议。').meetings.filter((x) => x.reported).map((x) => [x.name, x.organizer]))
      .toEqual([['“推进农村养老服务”专题协商会', expect.stringMatching(/县政协$/)]]);
  });
  it('a headline\'s 某县领导会见… and 参加会见 are the reception the body tells', () => {
    const r = rec('11月13日下午，苇塘县委书记祁远帆会见了临江市苇塘商会会长屈立家一行。县委常委熊光明参加会见。', '2024-11-14', '苇塘县领导会见临江市苇塘商会客商');
    const m = r.meetings.filter((x) => x.reported);
    expect(m).toHaveLength(1);
    expect(m[0]!.attendees.map((a) => [a.person, a.roles.join('+')])).toEqual([['祁远帆', 'PRESIDED'], ['屈立家', 'ATTENDED'], ['熊光明', 'ATTENDED']]);
  });
});

describe('names around list words and 作为', () => {
  it('某某作为企业代表发言 keeps the name whole; 甲、乙等出席 ends the last item before 等', () => {
    expect(rec('签约仪式举行。司马文轩作为企业代表发言。').entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['司马文轩']);
    expect(rec('县领导王建国、李明华等出席签约仪式。').entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['王建国', '李明华']);
  });
  it('a region\'s title after the last character of a place is no surname reference (菘阳市委书记)', () => {
    expect(rec('7月8日，菘阳市委书记钟离远山到梓檀县调研。').entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['钟离远山']);
  });
  it('区长某某推介投资环境 is a speech, and keeps the chair of the next clause alone', () => {
    expect(attendees('10月16日上午，苇塘区重大项目集中签约仪式举行。区长巴音图推介投资环境，副区长方立主持签约仪式。'))
      .toEqual([['巴音图', 'SPOKE'], ['方立', 'PRESIDED']]);
  });
});

describe('a list closed by 等 before another name, a lesson given', () => {
  it('甲，乙，丙等县领导，企业董事长丁出席仪式 → all four attended', () => {
    expect(attendees('9月26日，苇塘县某纤维项目投产仪式举行。县委书记阎立，县长冼丽芳，县政协主席濮礼等县领导，某某公司董事长端木子文出席仪式。'))
      .toEqual([['阎立', 'ATTENDED'], ['冼丽芳', 'ATTENDED'], ['濮礼', 'ATTENDED'], ['端木子文', 'ATTENDED']]);
  });
  it('并讲授“七一”专题党课 reports the lesson and its speaker; 作专题辅导 is a speech', () => {
    const r = rec('6月30日，县长阿苏拉则来到日呷村，并讲授“七一”专题党课。');
    expect(r.meetings.filter((x) => x.reported).flatMap((x) => x.attendees.map((a) => [a.person, a.roles.join('+')]))).toEqual([['阿苏拉则', 'SPOKE']]);
    expect(attendees('10月23日，某旗委理论学习中心组举行集体学习。旗委党校副教授斯琴塔娜作专题辅导。')).toEqual([['斯琴塔娜', 'SPOKE']]);
  });
});

describe('an event held with no holder named, in an article that reports no other', () => {
  it('在随后召开的测评会上，局长甲汇报了… → a 测评会 with its speakers', () => {
    const r = rec('6月18日，苇塘区人大常委会组织代表开展集中视察。区人大常委会主任慕容江参加活动。\n在随后召开的测评会上，区住建局局长公孙立分别汇报了项目推进情况。');
    const m = r.meetings.filter((x) => x.reported);
    expect(m.map((x) => [x.name, x.rule])).toEqual([['测评会', 'meeting.held-kind']]);
    expect(m[0]!.attendees.map((a) => [a.person, a.roles.join('+')])).toEqual([['慕容江', 'ATTENDED'], ['公孙立', 'SPOKE']]);
  });
});

describe('a report whose noun holds a visit word, a statement made on the spot, a listener', () => {
  it('代表调研组作调研报告 is a speech; 当场回应 a statement; 全程旁听了议事会 attending', () => {
    expect(attendees('昨天下午，苇塘县政协召开专题协商会。委员会主任崔晓满代表调研组作调研报告。')).toEqual([['崔晓满', 'SPOKE']]);
    const got = attendees('3月18日晚，海晏社区居民议事会召开。议事会上，物业公司项目经理东郭明当场回应，将增设充电棚。街道党工委书记赫连芳全程旁听了议事会。');
    expect(got).toContainEqual(['东郭明', 'SPOKE']);
    expect(got).toContainEqual(['赫连芳', 'ATTENDED']);
  });
});

describe('授牌 and 作了回应 at the events they belong to', () => {
  it('副主席甲为召集人授牌 attends; 副局长乙逐一作了回应 speaks', () => {
    const got = attendees('3月5日，苇塘县政协委员工作室揭牌仪式举行。县政协副主席宇文浩为首批召集人授牌。县水利局副局长和立平逐一作了回应。');
    expect(got).toContainEqual(["宇文浩", "ATTENDED"]);
    expect(got).toContainEqual(['和立平', 'SPOKE']);
  });
});
