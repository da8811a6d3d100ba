// Rules taught by four blind writers of 6 December 2026, afternoon (discipline and audit; farming, water and the
// environment; tours, the united front and party schools; military affairs, veterans and youth), each probed with
// other names, counties and events than theirs. Every person, county and event is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2024-06-15') => extractRecord({ id: 't', text, date });
const rolesOf = (text: string, person: string) =>
  record(text).meetings.flatMap((m) => m.attendees.filter((a) => a.person === person).map((a) => a.roles.join('+')));

const COUNTIES = ['松林县', '柘源县', '鹤汀县'];
const PAIRS = [['李明远', '刘芳'], ['欧阳立', '卓娅'], ['田野', '司徒敏'], ['阿依古丽·热合曼', '沙马日火']];

describe('an act word read inside a word does not hide the act after it', () => {
  it('工作 + 发言: 作发言 is no act, 发言 is', () => {
    for (const c of COUNTIES) for (const [a, b] of PAIRS) for (const how of ['分别结合分管工作发言', '分别就分管工作发言', '结合工作实际发言']) {
      const text = `6月13日，${c}委书记王海主持召开县委常委会会议。常务副县长${a}，副县长${b}${how}。`;
      for (const p of [a, b]) expect(rolesOf(text, p), text).toEqual(['SPOKE']);
    }
  });
});

const positionsOf = (text: string, person: string, date?: string) =>
  record(text, date).positions.filter((p) => p.person === person).map((p) => `${p.title}@${p.organization ?? '-'}`);

describe('the posts of the chief systems, written with a bare level (县总河长, 县副总林长)', () => {
  it('are the region\'s posts, and the chain before them still holds', () => {
    for (const c of COUNTIES) for (const [a, b] of PAIRS) for (const [chief, deputy] of [['总河长', '副总河长'], ['总林长', '副总林长'], ['总田长', '副总田长']]) {
      const text = `4月1日，${c}2024年${chief}会议召开。县委书记、县${chief}${a}出席会议并讲话，县委副书记、县长、县${deputy}${b}主持会议。`;
      expect(positionsOf(text, a), text).toEqual(expect.arrayContaining([`${chief}@${c}`, `书记@${c}委`]));
      expect(positionsOf(text, b), text).toEqual(expect.arrayContaining([`${deputy}@${c}`, `县长@${c}`, `副书记@${c}委`]));
    }
  });
});

describe('the page region: a newsroom against a short form that is a word', () => {
  it('来源：某县融媒体中心 outweighs a real county\'s short form read in a phrase (沿河而下)', () => {
    for (const c of COUNTIES) for (const [a] of PAIRS) {
      const text = `来源：${c}融媒体中心　作者：钟晓燕\n7月2日，县委书记${a}带队巡查青溪河。${a}一行沿河而下，先后来到下洋村、溪口镇等处。`;
      expect(positionsOf(text, a, '2025-07-03'), text).toContain(`书记@${c}委`);
    }
  });
  it('a county named in the text twice outweighs the newsroom', () => {
    const text = '来源：松林县融媒体中心\n5月8日，柘源县召开安全生产会议。柘源县委书记李明远主持会议。县长刘芳讲话。';
    expect(positionsOf(text, '刘芳')).toContain('县长@柘源县');
  });
  it('Hong Kong\'s 特别行政区 is no district of the page', () => {
    const text = '云岫市重点项目签约仪式在鹤汀区举行。香港嘉泓集团董事长陈大文出席。鹤汀区委书记穆天佑、区长禚海燕参加。香港是窗口。';
    expect(positionsOf(text, '禚海燕')).toContain('区长@鹤汀区');
  });
});

describe('an appointment verb written once names the people of every clause after it', () => {
  it('任命甲为…，乙为…；丙为…', () => {
    for (const c of COUNTIES) for (const [a, b] of [...PAIRS.filter(([x]) => !x.includes('·')), ['王海', '冉秀']]) {
      const text = `1月13日，${c}人大常委会会议决定任命${a}为县农业农村局局长，${b}为县水利局局长；免去张伟的县教育局局长职务。`;
      expect(positionsOf(text, a), text).toContain(`局长@${c}农业农村局`);
      expect(positionsOf(text, b), text).toContain(`局长@${c}水利局`);
      expect(positionsOf(text, '张伟'), text).toEqual([]);
    }
  });
  it('a clause that does not open with a name and 为 is no appointment', () => {
    const text = '1月13日，松林县人大常委会会议决定任命王海为县农业农村局局长，会议还听取了县政府的报告。';
    expect(record(text).positions.map((p) => p.person)).toEqual(['王海']);
  });
});

describe('a lead that tells its event by a verb, and sittings attended after it', () => {
  const GROUPS = ['省委第三巡视组', '市委第二巡察组', '自治区党委第五巡视组'];
  it('is one reported meeting, named by the lead\'s clause, its people by their acts', () => {
    for (const g of GROUPS) for (const c of COUNTIES) for (const [a, b] of PAIRS) {
      const text = `10月12日，${g}向${c}委领导班子反馈巡视情况。巡视组组长${a}反馈了巡视情况，副组长王海出席会议。县委书记${b}主持会议并作表态发言。`;
      const ms = record(text, '2023-10-13').meetings.filter((m) => m.reported);
      expect(ms.map((m) => m.name), text).toEqual([`${g}向${c}委领导班子反馈巡视情况`]);
      const roles = Object.fromEntries((ms[0]?.attendees ?? []).map((x) => [x.person, x.roles.join('+')]));
      expect(roles, text).toEqual({ [a]: 'SPOKE', 王海: 'ATTENDED', [b]: 'PRESIDED+SPOKE' });
    }
  });
  it('a lead clause holding a meeting by a verb names it by what the verb holds', () => {
    const text = '9月25日下午，校党委书记柏林主持召开2025年第21次党委会，研究秋季学期工作。校党委副书记王海出席会议。';
    expect(record(text, '2025-09-26').meetings.filter((m) => m.reported).map((m) => m.name)).toEqual(['2025年第21次党委会']);
  });
  it('an article that names its meeting keeps that name', () => {
    const text = '10月12日，松林县召开安全生产工作会议。县长李明远出席会议并讲话。';
    expect(record(text).meetings.filter((m) => m.reported).map((m) => m.name)).toEqual(['安全生产工作会议']);
  });
});

describe('religious bodies, their posts and the honorifics written after a name', () => {
  const CLERGY = [['马占福', '窦若瑟', '庞恩惠'], ['欧阳立', '田野', '卓娅'], ['冶文涛', '司徒敏', '何以琛']];
  it('a mosque\'s 教长, an association\'s 会长; 阿訇, 神父, 牧师 after the name end it and leave the list whole', () => {
    for (const c of COUNTIES) for (const [a, b, d] of CLERGY) {
      const text = `9月28日，${c}委召开宗教界人士座谈会。县委书记王海出席并讲话。座谈会上，县伊斯兰教协会会长、城关清真大寺教长${a}阿訇，县天主教爱国会主任${b}神父，县基督教两会主席${d}牧师先后发言。`;
      expect(positionsOf(text, a), text).toEqual(expect.arrayContaining(['教长@城关清真大寺', `会长@${c}伊斯兰教协会`]));
      for (const p of [a, b, d]) expect(rolesOf(text, p), `${text} ${p}`).toEqual(['SPOKE']);
    }
  });
  it('a dotted name after 伊玛目 ends before 亲切 (亲切交谈)', () => {
    for (const n of ['艾克拜尔·吐尔逊', '麦麦提江·吾守尔', '阿不都热依木·司马义']) {
      const text = `4月6日，县委常委阿依古丽·买买提在新城清真寺与伊玛目${n}亲切交谈。`;
      expect(record(text).entities.filter((e) => e.type === 'person').map((e) => e.name), text).toContain(n);
    }
  });
});

describe('names before a preposition that opens a frame, and after a group\'s member', () => {
  it('就 + an object that begins with a verb + 提出要求 ends the name before 就', () => {
    for (const [a] of PAIRS) for (const frame of ['就督察整改监督问责工作提出要求', '对防汛工作作出部署', '就推进整改进行表态']) {
      const text = `6月13日，松林县召开整改推进会。县纪委书记、县监委主任${a}${frame}。`;
      expect(record(text).entities.filter((e) => e.type === 'person').map((e) => e.name), text).toContain(a);
    }
  });
  it('成员 opens a name slot (成员诸葛亮平参加, though jieba knows 诸葛亮)', () => {
    for (const n of ['诸葛亮平', '王海', '欧阳立新', '田野']) {
      const text = `11月3日，省委督导组见面会召开。副组长骆宛如、成员${n}参加。`;
      expect(record(text).entities.filter((e) => e.type === 'person').map((e) => e.name), text).toContain(n);
    }
  });
});

describe('a statement in a sentence where others act at the meeting is made there', () => {
  it('市长某某通报有关情况 between 出席并讲话 and 主持会议', () => {
    for (const [a, b] of PAIRS) for (const says of ['通报有关情况', '通报了全市经济运行情况']) {
      const text = `1月21日，市委召开民主党派负责人情况通报会。市委书记王海出席并讲话，市委副书记、市长${a}${says}，市委副书记${b}主持会议。`;
      expect(rolesOf(text, a), text).toEqual(['SPOKE']);
    }
  });
  it('acts done at a send-off (为新兵佩戴大红花，赠送纪念品) are attendance', () => {
    for (const [a, b] of PAIRS) {
      const text = `9月11日上午，松林县在县人民广场举行2024年秋季新兵入伍欢送仪式。仪式由县人武部政委郑凯主持。县委书记${a}，县委副书记、县长${b}等县领导为新兵佩戴大红花，赠送纪念品。`;
      for (const p of [a, b]) expect(rolesOf(text, p), `${text} ${p}`).toEqual(['ATTENDED']);
    }
  });
  it('a statement alone, with no act at the meeting in its sentence, is no attendance', () => {
    const text = '1月21日，市委召开情况通报会。市委书记王海出席并讲话。李明远表示，要抓好落实。';
    expect(rolesOf(text, '李明远')).toEqual([]);
  });
});

describe('a province\'s bare posts are the province a page names', () => {
  it('副省长 of the province named in a body\'s name, never of a phrase ending in 省 (年度省)', () => {
    for (const p of ['河北省', '云南省', '江西省']) for (const [a] of PAIRS) {
      const text = `6月18日，全省和美乡村建设现场推进会在临滹市召开。副省长${a}出席会议并讲话，${p}农业农村厅厅长柯向前主持会议。2023年度省财政厅预算执行良好。`;
      expect(positionsOf(text, a), text).toEqual([`副省长@${p}`]);
    }
  });
  it('a county named with its province stays the page\'s region', () => {
    const text = '9月3日，四川省洛果县纪委召开会议。乡党委委员、纪委书记俄底尔日出席。县长李明远讲话。';
    expect(positionsOf(text, '李明远')).toEqual(['县长@四川省洛果县']);
  });
});

describe('a sitting named by its qualifier alone, and a meeting spoken of by its weight', () => {
  it('某市纪委常委会召开（扩大）会议 is that body\'s sitting; 召开的重要会议 names no meeting', () => {
    for (const c of ['梧江市', '柘源县', '鹤汀区']) for (const q of ['（扩大）', '(扩大)', '（视频）']) for (const [a, b] of PAIRS) {
      const text = `3月13日，${c}纪委常委会召开${q}会议，传达学习全国两会精神。市纪委书记${a}主持会议并讲话。会议指出，全国两会是在关键时期召开的重要会议。市纪委副书记${b}出席会议。`;
      const ms = record(text, '2024-03-14').meetings.filter((m) => m.reported);
      expect(ms.map((m) => m.name), text).toEqual([`${c}纪委常委会${q.replace(/（/, '(').replace(/）/, ')')}会议`]);
      expect(rolesOf(text, b), text).toEqual(['ATTENDED']);
    }
  });
});

describe('petition reception days are events', () => {
  it('某县领导干部接访日 and 县级领导信访接待日 are reported, those who accompany attend', () => {
    for (const c of COUNTIES) for (const [kind, name] of [['接访日', '领导干部接访日'], ['信访接待日', '县级领导信访接待日']]) for (const [a, b] of PAIRS) {
      const text = `3月6日是${c}${name}。当天上午，县委书记王海来到县群众来访接待中心，面对面倾听群众诉求。副县长${a}、县信访局局长${b}陪同接访。`;
      const m = record(text, '2024-03-07').meetings.find((x) => x.name.endsWith(kind));
      expect(m?.reported, text).toBe(true);
      expect(rolesOf(text, a), text).toEqual(['ATTENDED']);
    }
  });
});

describe('a date\'s unit glued by jieba to the place after it begins no name', () => {
  it('21日崇岚市 is 崇岚市; the city\'s posts keep their body', () => {
    for (const c of ['崇岚市', '青罗市', '岚溪县']) for (const unit of ['5月21日', '2024年', '3号']) {
      const text = `7月9日，某项目开工。是落实今年${unit}${c}与越南北坪省签署的合作纪要。副市长蒙启明出席。`;
      const places = record(text).entities.filter((e) => e.type === 'place').map((e) => e.name);
      expect(places.some((p) => /^[日年号]/.test(p)), `${text} ${places}`).toBe(false);
    }
  });
});

describe('an era word inside a co-operative\'s or company\'s name (现代, 当代, 未来)', () => {
  it('松岭县稻香现代农机专业合作社理事长某某', () => {
    for (const c of COUNTIES) for (const era of ['现代', '未来', '当代']) for (const [a] of PAIRS) {
      const body = `${c}稻香${era}农机专业合作社`;
      const text = `5月8日，县农业农村局召开现场会。${body}理事长${a}介绍经验。`;
      expect(positionsOf(text, a), text).toEqual([`理事长@${body}`]);
    }
  });
});

describe('a post one is stationed in, after the place and 的', () => {
  it('某局派驻某村的第一书记某某 is that village\'s 第一书记', () => {
    for (const place of ['金田村', '石崖村', '青松社区']) for (const verb of ['派驻', '选派到']) for (const [a] of PAIRS) {
      const text = `“今年的花椒卖得好。”县农业农村局${verb}${place}的第一书记${a}告诉记者。`;
      expect(positionsOf(text, a), text).toEqual([`第一书记@${place}`]);
    }
  });
  it('a role after 的 with no place stationed is still no post (来自县一中的代表某某)', () => {
    expect(positionsOf('来自县一中的代表王海发言。', '王海')).toEqual([]);
  });
});
