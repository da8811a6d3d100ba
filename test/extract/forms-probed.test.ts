// Forms of local news found by probing templates with other names, counties and towns (seventeenth session's end,
// 6 December 2026): posts after a closing list's opening words, posts in brackets after a name, portfolio words
// before a post, 组织 as a noun in a meeting's name, one body written short and in full, a member post in a chain.
// Every person, county and body is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2026-03-12') => extractRecord({ id: 't', text, date });
const positionsOf = (text: string, person: string) =>
  record(text).positions.filter((p) => p.person === person).map((p) => `${p.title}@${p.organization ?? '-'}`);
const rolesOf = (text: string, person: string) =>
  record(text).meetings.flatMap((m) => m.attendees.filter((a) => a.person === person).map((a) => a.roles.join('+')));
const personsOf = (text: string) => record(text).entities.filter((e) => e.type === 'person').map((e) => e.name);

const COUNTIES = ['栖霞县', '沅桥县', '澜沧县'];
const PAIRS = [['柯明远', '闻雅琴'], ['欧阳振华', '马丽'], ['宇文涛', '岑立军']];

describe('a closing list opens with words that are no part of the first item\'s posts', () => {
  it('出席会议的还有副县长甲、乙: both are the county\'s deputy heads and attended', () => {
    for (const c of COUNTIES) for (const [a, b] of PAIRS) for (const opener of ['出席会议的还有', '参加会议的有', '列席会议的还有：']) {
      const text = `3月11日，${c}人民政府召开第五次全体会议。出席会议的县领导有王海。${opener}副县长${a}、${b}。`;
      expect(positionsOf(text, a), text).toEqual([`副县长@${c}`]);
      expect(positionsOf(text, b), text).toEqual([`副县长@${c}`]);
    }
  });
  it('出席会议的县领导有甲、乙 is a closing list too', () => {
    for (const c of COUNTIES) for (const [a, b] of PAIRS) {
      const text = `3月11日，${c}召开座谈会。出席会议的县领导有${a}、${b}。县委书记王海主持。`;
      expect(rolesOf(text, a), text).toEqual(['ATTENDED']);
      expect(rolesOf(text, b), text).toEqual(['ATTENDED']);
    }
  });
});

describe('posts printed in brackets after a name', () => {
  it('are the person\'s posts, each piece read as before a name', () => {
    for (const c of COUNTIES) for (const [a, b] of PAIRS) {
      const text = `3月11日，${c}召开卫生健康工作会议。${a}（县人民医院院长）、${b}（县委常委、副县长）先后发言。`;
      expect(positionsOf(text, a), text).toEqual([`院长@${c}人民医院`]);
      expect(positionsOf(text, b), text).toEqual(expect.arrayContaining([`常委@${c}委`, `副县长@${c}`]));
      expect(rolesOf(text, a), text).toEqual(['SPOKE']);
    }
  });
  it('name a person whose name is also a word, or has no surname, as a title before it would', () => {
    for (const name of ['高峰', '文静', '田野', '龙向前', '扎西顿珠']) for (const c of COUNTIES) {
      const text = `3月11日，${c}举行文化惠民活动启动仪式。${name}（县文联主席）主持启动仪式。`;
      expect(personsOf(text), text).toContain(name);
      expect(positionsOf(text, name), text).toEqual([`主席@${c}文联`]);
    }
  });
  it('a photograph\'s place in brackets names the person before it', () => {
    for (const name of ['江山', '文静', '扎西顿珠']) expect(personsOf(`图为${name}（右二）在田间察看长势。`)).toContain(name);
  });
  it('not a name jieba cut into characters, read from its middle; nor what brackets of another kind follow', () => {
    expect(personsOf('主持人：吉克伍沙（乡党委书记）\n吉克伍沙强调，各村要加强管理。')).not.toContain('伍沙');
    const text = '3月11日，栖霞县召开会议。何振邦（原县政协主席）、王丽（女）出席。';
    expect(positionsOf(text, '何振邦')).toEqual([]);
    expect(positionsOf(text, '王丽')).toEqual([]);
  });
});

describe('a portfolio word before a post (分管, 主管) is no body of it', () => {
  it('分管副县长甲 is the county\'s deputy head', () => {
    for (const c of COUNTIES) for (const [a] of PAIRS) for (const w of ['分管', '主管']) {
      const text = `3月11日，${c}召开防汛工作会议。县长王海出席会议，${w}副县长${a}主持。`;
      expect(positionsOf(text, a), text).toEqual([`副县长@${c}`]);
      expect(rolesOf(text, a), text).toEqual(['PRESIDED']);
    }
  });
});

describe('组织 after a kind of organisation is a noun inside a meeting\'s name', () => {
  it('村级组织负责人会议, 村党组织书记会议 are named whole and held', () => {
    for (const town of ['枫林镇', '青石乡', '白马镇']) for (const kind of ['村级组织负责人会议', '村党组织书记会议', '基层党组织负责人会议', '社会组织负责人座谈会']) {
      const text = `3月11日，${town}召开${kind}。镇长柯明远主持。`;
      const m = record(text).meetings.find((x) => x.reported);
      expect(m?.name, text).toBe(kind);
    }
  });
});

describe('a body written short and in full in one article, for one person\'s post', () => {
  it('is read at its full name (市场监管局 / 市场监督管理局; 农商银行 / 农村商业银行)', () => {
    for (const c of COUNTIES) for (const [a] of PAIRS) {
      const text = `3月11日，${c}召开食品安全工作会议。县市场监管局局长${a}通报了抽检情况。\n${a}（${c}市场监督管理局局长）：我们将加大检查频次。`;
      expect(positionsOf(text, a), text).toEqual([`局长@${c}市场监督管理局`]);
    }
  });
});

describe('the development and reform commission written short (发展改革委), and its units', () => {
  it('市发展改革委综合科 is one body', () => {
    for (const [a] of PAIRS) expect(positionsOf(`学员代表${a}（市发展改革委综合科科长）作交流发言。`, a)).toEqual(['科长@市发展改革委综合科']);
  });
});

describe('a member post (秘书长) in a chain is the chain\'s, not the body of the person before', () => {
  it('某司副司长甲，省委常委、秘书长乙', () => {
    for (const [a, b] of PAIRS) {
      const text = `贵州省召开座谈会。国家发展改革委地区振兴司副司长${a}，省委常委、秘书长${b}出席。`;
      expect(positionsOf(text, b), text).toEqual(expect.arrayContaining(['秘书长@贵州省委', '常委@贵州省委']));
    }
  });
  it('a bare 秘书长 after a chairman still serves the chairman\'s body', () => {
    const text = '县人大常委会召开会议。县人大常委会主任王强主持，副主任王刚、秘书长李强出席。';
    expect(positionsOf(text, '李强')).toEqual(['秘书长@县人大常委会']);
  });
});

describe('a longer title that runs on past a shorter one opens the slot after it', () => {
  it('法定代表人 + a dotted name: the name begins after 人', () => {
    for (const name of ['艾力·买买提', '阿依古丽·热合曼']) {
      const people = personsOf(`签约仪式后，新疆某某果业有限公司法定代表人${name}接受了采访。`);
      expect(people).toContain(name);
      expect(people).not.toContain(`人${name}`);
    }
  });
});
