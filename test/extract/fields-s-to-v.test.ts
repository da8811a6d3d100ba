// Families found on writers s to v (the united front, the armed forces' local departments, universities, social
// organisations), each probed with other names, places and dates. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2025-05-12') => extractRecord({ id: 't', text, date });
const posts = (text: string): string[] =>
  record(text).positions.map((p) => `${p.person}|${p.title}|${p.organization}`).sort();
const people = (text: string): string[] => record(text).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

const CITIES = ['澄阳市', '鹿岭市', '青禾市'];
const NAMES = ['高远航', '上官慧', '阿依古丽·吐尔逊', '欧阳明德', '卓玛'];

describe('democratic parties\' committees', () => {
  const PARTIES = ['民建', '九三学社', '致公党', '农工党', '民革'];
  // (fictional cities, which jieba does not know, and real ones, which the gazetteer reads as places)
  const ALL_CITIES = [...CITIES, '深圳市', '安顺市'];
  it(`某党 + a city + 委会 + 主委 (${PARTIES.length} parties × ${ALL_CITIES.length} cities × ${NAMES.length} names)`, () => {
    for (const party of PARTIES) for (const city of ALL_CITIES) for (const name of NAMES) {
      const text = `5月10日，${party}${city}委会召开全体委员会议。${party}${city}委会主委${name}出席会议并讲话。`;
      expect(posts(text), text).toContain(`${name}|主委|${party}${city}委会`);
    }
  });

  it('副主委、秘书长某某 and 常务副主席兼秘书长某某: the secretary-general of the body the chain names', () => {
    for (const city of ALL_CITIES) for (const name of NAMES) {
      const text = `会上，民建${city}委会副主委、秘书长${name}宣读了批复。`;
      expect(posts(text), text).toEqual([`${name}|副主委|民建${city}委会`, `${name}|秘书长|民建${city}委会`].sort());
      const two = `开幕式由${city}老年人体育协会常务副主席兼秘书长${name}主持。`;
      expect(posts(two), two).toEqual([`${name}|常务副主席|${city}老年人体育协会`, `${name}|秘书长|${city}老年人体育协会`].sort());
    }
  });

  it('a city committee written 市委会 is no meeting of 市委 (某市委会议 stays a meeting)', () => {
    for (const city of CITIES) {
      const text = `5月10日，${city}委会议室里，干部们正在讨论。`;
      expect(record(text).entities.filter((e) => e.type === 'organization').map((e) => e.name), text).not.toContain(`${city}委会`);
    }
  });
});

describe('surnames of the Hui, and names with a religious honorific', () => {
  const HUI = ['冶正海', '喇秀芳', '撒文忠', '拜学仁', '敏学军', '妥永祥', '锁春花'];
  it(`县委副书记、县长 + a Hui name (${HUI.length} names)`, () => {
    for (const name of HUI) {
      const text = `5月10日，沙沟回族自治县召开民族团结进步表彰大会。县委副书记、县长${name}主持会议。`;
      expect(people(text), text).toEqual([name]);
      expect(posts(text), text).toContain(`${name}|县长|沙沟回族自治县`);
    }
  });

  it('a rare surname right after a compound one is the given name (欧阳 + 敏拉着/x)', () => {
    for (const [compound, given] of [['欧阳', '敏'], ['上官', '冶'], ['司马', '拜'], ['欧阳', '喇']]) {
      const text = `1月26日，统战部部长${compound}${given}拉着老人的手，询问他的身体状况。`;
      expect(people(text).filter((n) => n.startsWith(given)), text).toEqual([]);
    }
  });

  it('法师, 道长, 阿訇 close the name (释 is a monk\'s surname)', () => {
    for (const [name, honorific, body] of [['释常慧', '法师', '佛教协会'], ['陶守一', '道长', '道教协会'], ['马占林', '阿訇', '伊斯兰教协会'], ['释明远', '法师', '佛教协会']]) {
      for (const city of CITIES) {
        const text = `2月1日，${city}召开宗教界人士迎春座谈会。市${body}会长${name}${honorific}发言。`;
        expect(people(text), text).toEqual([name]);
        expect(posts(text), text).toEqual([`${name}|会长|${city}${body}`]);
      }
    }
  });
});

describe('armed forces\' departments of a region', () => {
  const COUNTIES = ['青杉县', '木溪县', '嘎玛县'];
  it(`县人武部 + a post, composed with the county (${COUNTIES.length} counties × ${NAMES.length} names)`, () => {
    for (const county of COUNTIES) for (const name of NAMES) {
      const text = `7月30日，${county}召开党委议军会议。县人武部部长${name}上校汇报了工作。`;
      expect(posts(text), text).toEqual([`${name}|部长|${county}人武部`]);
    }
  });

  it('the name before 军分区 is the district\'s, not a person\'s', () => {
    for (const place of ['宁岭', '额尔敦', '青杉', '白沙']) for (const name of NAMES.slice(0, 3)) {
      const text = `8月1日，${place}军分区司令员${name}出席座谈会。`;
      expect(people(text), text).toEqual([name]);
      expect(posts(text), text).toEqual([`${name}|司令员|${place}军分区`]);
    }
  });
});

describe('universities', () => {
  const UNIVERSITIES = ['澄州大学', '临岚师范学院', '鹿鸣理工大学'];
  it(`党委副书记、校长某某: the posts of the university and of its party committee (${UNIVERSITIES.length} × ${NAMES.length})`, () => {
    for (const u of UNIVERSITIES) for (const name of NAMES) {
      const text = `3月5日，${u}召开党委常委会。党委副书记、校长${name}出席会议。`;
      expect(posts(text), text).toEqual([`${name}|副书记|${u}党委`, `${name}|校长|${u}`].sort());
    }
  });

  it('a school whose field is joined by 与 keeps its whole name (材料科学与工程学院)', () => {
    for (const u of UNIVERSITIES) for (const school of ['材料科学与工程学院', '经济与管理学院', '国际合作与交流处']) {
      const title = school.endsWith('处') ? '处长' : '院长';
      const text = `4月16日，${u}${school}${title}${NAMES[0]}主持讲座。`;
      expect(posts(text), text).toEqual([`${NAMES[0]}|${title}|${u}${school}`]);
    }
  });

  it('院士 is a post of the academy named before it', () => {
    for (const [academy] of [['中国工程院'], ['中国科学院']]) for (const name of NAMES) {
      const text = `4月16日，${academy}院士${name}作学术报告。`;
      expect(posts(text), text).toEqual([`${name}|院士|${academy}`]);
    }
  });

  it('a meeting\'s business (研究部署) is no part of a body\'s name', () => {
    for (const u of UNIVERSITIES) {
      const text = `1月8日，${u}召开党委常委会，研究部署学校春季学期重点工作。`;
      const bodies = record(text).entities.filter((e) => e.type === 'organization').map((e) => e.name);
      expect(bodies, text).toContain(u);
      expect(bodies.filter((b) => b.includes('研究部署') || b.endsWith('学校')), text).toEqual([]);
    }
  });
});

describe('social organisations', () => {
  const BODIES = ['新疆商会', '慈善总会', '志愿者协会', '老年人体育协会'];
  it(`officers elected at a body's congress hold their posts in it (${BODIES.length} bodies × ${CITIES.length} cities)`, () => {
    for (const body of BODIES) for (const city of CITIES) {
      const [a, b, c, d] = NAMES;
      const text = `9月20日，${city}${body}第一次会员大会召开。${a}当选会长，${b}、${c}当选副会长，${d}当选秘书长。`;
      expect(posts(text), text).toEqual([`${a}|会长|${city}${body}`, `${b}|副会长|${city}${body}`, `${c}|副会长|${city}${body}`, `${d}|秘书长|${city}${body}`].sort());
    }
  });

  it('原 + a post covers the bare posts after it, not a post written with its own body', () => {
    for (const city of CITIES) for (const name of NAMES) {
      const text = `10月9日，${city}召开关心下一代工作会议。原市人大常委会主任、市关工委主任${name}出席会议。`;
      expect(posts(text), text).toEqual([`${name}|主任|${city}关工委`]);
      const bare = `10月9日，${city}召开老干部座谈会。市交通运输局原党组书记、局长${name}发言。`;
      expect(posts(bare), bare).toEqual([]);
    }
  });

  it('某某开展…活动 is an event held; a directive to hold one is not', () => {
    for (const city of CITIES) for (const name of NAMES.slice(0, 3)) {
      const held = `1月26日，${city.slice(0, -1)}市委常委、统战部部长${name}开展春节走访慰问活动，看望了党外代表人士。`;
      const m = record(held).meetings;
      expect(m.map((x) => [x.name, x.reported]), held).toEqual([['春节走访慰问活动', true]]);
      const directive = `会议强调，要紧盯目标任务，扎实开展“重点项目攻坚月”活动。`;
      expect(record(directive).meetings.filter((x) => x.reported), directive).toEqual([]);
    }
  });

  it('会议由旗委书记某某主持: 由 glued to the body is no part of it', () => {
    for (const name of ['孟和巴雅尔', '高远航', '欧阳明德']) {
      const text = `5月10日，某旗召开会议。会议由旗委书记${name}主持。`;
      expect(posts(text).map((p) => p.split('|').slice(1).join('|')), text).not.toContain('书记|由旗委');
    }
  });
});

describe('credits and the page\'s county, as portals print them', () => {
  const credits = (text: string) => record(text).credits.map((c) => `${c.name}:${c.role}`);
  const COUNTIES = ['嘎玛县', '木溪县', '青岚县'];
  it('a unit printed apart after the credit word, or credited instead of a name, is no writer', () => {
    for (const [a, b, c] of [['符晓', '温馨', '郝一鸣'], ['欧阳雪', '阿依古丽·吐尔逊', '卓玛']]) {
      const one = `3月12日，澄州大学召开会议。\n（文/图\u3000党委宣传部\u3000${a}\u3000编辑\u3000${b}）`;
      expect(credits(one), one).toEqual([`${a}:文/图`, `${b}:编辑`]);
      const two = `3月12日，澄州大学召开会议。\n供稿：国际合作与交流处\u3000摄影：${c}\u3000编辑：${a}\u3000审核：${b}`;
      expect(credits(two), two).toEqual([`${c}:摄影`, `${a}:编辑`, `${b}:审核`]);
    }
  });

  it('names after a newsroom printed apart take the credit word printed after them (（某县融媒体中心 甲 文/图）)', () => {
    for (const county of COUNTIES) for (const name of ['淳于佳', '扎西', '米娜']) {
      const text = `8月5日，${county}召开会议。\n（${county}融媒体中心 ${name} 文/图）`;
      expect(credits(text), text).toEqual([`${name}:文/图`]);
    }
  });

  it('a county named only in the newsroom of a source line is the page\'s', () => {
    for (const county of COUNTIES) for (const name of NAMES.slice(0, 3)) {
      const text = `7月25日，县委书记周宏斌主持召开县委常委会会议。县委副书记、县长${name}作了安排。\n来源：${county}融媒体中心\u3000编辑：曾小川`;
      expect(posts(text), text).toContain(`${name}|县长|${county}`);
    }
  });

  it('a county whose second character and level are a real county\'s name (青 + 岚县) keeps its whole name', () => {
    for (const county of ['青岚县', '晋兴县', '青兴县']) {
      const text = `5月18日上午，${county}第三十五次全国助残日主题活动在县城人民广场举行。副县长伍思琪出席活动。`;
      expect(posts(text), text).toEqual([`伍思琪|副县长|${county}`]);
    }
  });
});

describe('events of several parts', () => {
  it('参加会见并出席签约仪式: the people attend the reception told before and the ceremony', () => {
    for (const city of CITIES) for (const [a, b, c] of [['燕南飞', '蓝天', '阿依古丽·吐尔逊'], ['上官慧', '卓玛', '高远航']]) {
      const text = `6月5日，${city}与澄州大学举行战略合作协议签约仪式。签约前，市委书记邵振邦会见了澄州大学校长司马航一行。市领导${a}、${b}，澄州大学副校长${c}等参加会见并出席签约仪式。`;
      const m = record(text).meetings;
      const at = (kind: string) => m.find((x) => x.kind === kind)?.attendees.map((x) => x.person) ?? [];
      expect(at('仪式'), text).toEqual(expect.arrayContaining([a, b, c]));
      expect(at('会见'), text).toEqual(expect.arrayContaining(['邵振邦', '司马航', a, b, c]));
    }
  });

  it('an activity week that opens (某市科技活动周在某馆开幕) is an event held', () => {
    for (const city of CITIES) for (const week of ['科技活动周', '科普宣传周', '科技周']) {
      const text = `5月19日上午，2025年${city}${week}在市科技馆开幕。副市长蓝天宣布活动周开幕，市科协主席诸葛慧出席开幕式。`;
      const m = record(text).meetings.filter((x) => x.reported);
      expect(m.map((x) => x.name), text).toEqual([`2025年${city}${week}`]);
      expect(m[0]?.attendees.map((x) => x.person), text).toEqual(expect.arrayContaining(['蓝天', '诸葛慧']));
    }
  });
});

describe('an institution\'s own news names its party committee bare', () => {
  it('党委书记某某 in an article naming one university, hospital or company: its party committee; with two, none', () => {
    for (const body of ['澄州大学', '临岚师范学院', '青禾县人民医院', '鹿鸣精工机械有限公司']) for (const name of NAMES) {
      const text = `1月8日，${body}召开党委会议。党委书记${name}主持会议。`;
      expect(posts(text), text).toEqual([`${name}|书记|${body}党委`]);
      const two = `1月8日，${body}与澄阳大学召开联席会议。党委书记${name}主持会议。`;
      expect(posts(two).filter((p) => p.endsWith('党委')), two).toEqual([]);
    }
  });
});

describe('joint events (暨)', () => {
  const COUNTIES = ['德嘎县', '青杉县', '木溪县'];
  it('a second part with verbs inside, after a campaign named with a quoted number, is one event with the first', () => {
    for (const county of COUNTIES) for (const [day, drill] of [['119', '高层建筑灭火救援实战演练'], ['12·2', '交通事故应急处置演练']]) {
      const text = `11月9日上午，${county}2025年“${day}”宣传月活动启动仪式暨${drill}在县城举行。副县长赖志坚出席并讲话。`;
      const m = record(text).meetings.filter((x) => x.attendees.length > 0);
      expect(m.map((x) => x.name), text).toEqual([`${county}2025年“${day}”宣传月活动启动仪式暨${drill}`]);
    }
  });

  it('暨 joining two fields of one name held by 召开 keeps the whole name', () => {
    for (const street of ['桐溪街道', '白沙镇']) {
      const text = `3月13日，${street}召开2025年度平安建设暨信访维稳工作推进会。街道党工委书记戴安澜主持会议。`;
      expect(record(text).meetings.map((x) => x.name), text).toContain('2025年度平安建设暨信访维稳工作推进会');
    }
  });
});

describe('a division named in full once', () => {
  it('gives its name where jieba cut it before its committee (阿克/nrt 铁热克/x 县委书记)', () => {
    for (const county of ['阿克铁热克县', '库木巴什县', '巴音乌苏县']) for (const name of NAMES.slice(0, 3)) {
      const text = `6月5日，${county.slice(0, -1)}县委书记${name}出席会议。当天，${county}召开乡村振兴推进会。`;
      expect(posts(text), text).toEqual([`${name}|书记|${county}委`]);
    }
  });
});
