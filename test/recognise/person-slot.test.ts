// The name slots of issue 11 (src/extract/recognise/person-slot.ts): a name after a post, a role noun or a verb
// that takes a person, in a list a slot opens, before 同志 — of any shape — ends at its follower. Sentences written
// for this test; everyone in them is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const persons = (text: string): string[] =>
  extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a name after a post, of any shape', () => {
  it.each([
    ['副县长禚晓峰主持会议。', '禚晓峰', 'a rare surname'],
    ['县委副书记欧阳明远出席会议并讲话。', '欧阳明远', 'a compound surname'],
    ['区长亓敏在会上强调，要抓好落实。', '亓敏', 'a one-character given name'],
    ['镇党委书记高峰主持召开座谈会。', '高峰', 'a name that is also a word'],
    ['副主任訾建长主持会议。', '訾建长', 'a given name ending in a title character'],
    ['县长阚立和出席。', '阚立和', 'a given name ending in a joining word'],
    ['副县长扎西多吉出席开工仪式。', '扎西多吉', 'a Tibetan name without a dot'],
    ['乡长热依拉·艾山介绍了情况。', '热依拉·艾山', 'a dotted name'],
  ])('%s → %s (%s)', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('role nouns, verbs that take a person, lists, 同志', () => {
  it('after a role noun that is a word of its own', () => {
    expect(persons('来自桐溪农机合作社的代表郜思远发言。')).toContain('郜思远');
  });
  it('after a verb of appointment', () => {
    expect(persons('会议决定任命宓承远为县财政局局长。')).toContain('宓承远');
  });
  it('every item of a list a slot opens', () => {
    expect(persons('县领导逯芳、上官明远、靳一帆出席活动。')).toEqual(expect.arrayContaining(['逯芳', '上官明远', '靳一帆']));
  });
  it('任命 + the appointee + 为 + a post: the frame gives the extent, words inside the name too', () => {
    for (const name of ['王建成', '尚然斌', '向涌', '李为民', '贺永为']) {
      const record = extractRecord({ id: 't', text: `县人大常委会举行会议，任命${name}为青禾县人民政府副县长。` });
      expect(record.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([name]);
      expect(record.positions.map((p) => [p.person, p.title])).toContainEqual([name, '副县长']);
    }
    expect(persons('会议决定任命宓承远、沙立群为副县长。')).toEqual(['宓承远', '沙立群']);
  });
  it('before 同志 and a studied speech', () => {
    expect(persons('会议传达学习了邬海川同志的重要讲话精神。')).toContain('邬海川');
  });
  it('a surname jieba glued to the role noun before it', () => {
    expect(persons('市委领导权明、张晓帆等出席。')).toEqual(expect.arrayContaining(['权明', '张晓帆']));
  });
});

describe('a name that is also a word, after a role noun and before 等 and an act', () => {
  // things do not attend: 片区领导 + 高原 + 等出席 is a person, as after an official title
  it.each(['高原', '明月', '黄金', '夏天', '牛犇'])('片区领导%s等出席会议', (name) => {
    expect(persons(`区领导姜娜彩、易芳慧，鹭湖片区领导${name}等出席会议。`)).toContain(name);
  });
  it('a list after a role noun that ends in an act: every item, words too', () => {
    expect(persons('座谈会上，企业家代表高山、万里在会上发言。')).toEqual(expect.arrayContaining(['高山', '万里']));
  });
  it('an ordinary word before 等 and no act stays a word', () => {
    expect(persons('片区领导高度重视，黄金等贵金属价格上涨。')).toEqual([]);
  });
});

describe('a bare list closed by 等 and a word for people', () => {
  it('every item is a name by its marks: words, dotted and Tibetan names too', () => {
    const text = '万里、金星、那顺·依明、顿珠桑珠、石若为等党和国家领导人出席招待会。';
    expect(persons(text)).toEqual(expect.arrayContaining(['万里', '金星', '那顺·依明', '顿珠桑珠', '石若为']));
  });
  it('a list with a place in it is read item by item, as before', () => {
    expect(persons('石岗镇、柳集乡等地的群众代表参加活动。')).toEqual([]);
  });
});

describe('a closing list of bare names', () => {
  // the marks give each name's extent: a last character that is also a word (为, 长, 和) or a name without a surname
  // (a Tibetan name) stays whole, and one such item does not end the list
  it('every item between the marks is a name', () => {
    const text = '全县经济工作会议在县会议中心召开。出席会议的还有：尚成轩、邓林长、崔芝为、毛蕾和、格桑次旦、令狐谦晓、乌兰·巴特尔。';
    expect(persons(text)).toEqual(expect.arrayContaining(['尚成轩', '邓林长', '崔芝为', '毛蕾和', '格桑次旦', '令狐谦晓', '乌兰·巴特尔']));
    const attendees = extractRecord({ id: 't', text }).meetings.flatMap((m) => m.attendees.map((a) => a.person));
    expect(attendees).toEqual(['尚成轩', '邓林长', '崔芝为', '毛蕾和', '格桑次旦', '令狐谦晓', '乌兰·巴特尔']);
  });
  it('after the role its people share (还有市领导甲、乙), names that are words too', () => {
    for (const [a, b] of [['马力', '夏天'], ['车轮', '严明'], ['侯蓉', '程璇']]) {
      const text = `营商环境座谈会在市行政中心召开。出席会议的还有市领导${a}、${b}。`;
      expect(persons(text)).toEqual(expect.arrayContaining([a, b]));
    }
  });
  it('a list of bodies, places or fields is no list of names', () => {
    for (const list of ['市领导、各部门负责人', '县直部门、乡镇街道', '石岗镇、柳集乡', '财政、民政、水利']) {
      expect(persons(`全县安全生产工作会议召开。出席会议的还有：${list}。`)).toEqual([]);
    }
  });
});

describe('where a slot is no slot', () => {
  it('a surname glued to a noun before an ordinary word is no name (研究生班 + 毕业)', () => {
    expect(persons('她即将从某音乐学院研究生班毕业。')).toEqual([]);
  });
  it('a role noun inside a longer word opens nothing (领导班子)', () => {
    expect(persons('县领导班子成员参加了学习。')).toEqual([]);
  });
  it('a name ends before a verb with its result (见到, 来到), not inside it', () => {
    expect(persons('副县长邝明见到了返乡创业的青年。')).toEqual(['邝明']);
    expect(persons('副县长邝明来到桐岗村。')).toEqual(['邝明']);
  });
  it('a name before 发来 keeps its last character even where jieba reads 生发', () => {
    expect(persons('主任詹建生发来贺信。')).toEqual(['詹建生']);
  });
});

describe('names of minority peoples and words that only look like names', () => {
  it.each([
    ['旗委副书记乌恩孟和、副旗长赛罕其其格出席会议。', ['乌恩孟和', '赛罕其其格'], 'Mongolian names of two parts, one beginning like a surname'],
    ['县委常委、组织部部长吉史木果主持开班仪式，县委副书记勒格伍加出席。', ['吉史木果', '勒格伍加'], 'Yi names of two parts'],
    ['县委书记土登旺扎主持会议。', ['土登旺扎'], 'a Tibetan name of two parts'],
    ['县委副书记古丽扎尔-阿不来提主持会议并讲话。', ['古丽扎尔-阿不来提'], 'a Uyghur name joined by -, written with common characters'],
    ['县委副书记古丽扎尔-阿不来提出席会议。', ['古丽扎尔-阿不来提'], '…before 出席, though 提出 is a word'],
    ['县委书记闾丘明远在讲话中指出，要抓好落实。', ['闾丘明远'], 'a compound surname before 在讲话中'],
  ])('%s → %j (%s)', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
  it.each([
    ['会上，下庄村党支部书记秦保国、杏岭村党支部书记吴金兰等14名村党组织书记逐一述职。', ['秦保国', '吴金兰'], 'a village before its bodies is no list item'],
    ['街道班子成员、各社区书记和主任参加会议。', [], '和 before a title is the conjunction, not a surname'],
    ['全县驻村第一书记和工作队员参加培训。', [], '和 before a word'],
    ['会见了和平县县长和晓东。', ['和晓东'], 'but 和 as a surname before a given name stays'],
  ])('%s → %j (%s)', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});

describe('list items of dotted names', () => {
  it('a dotted name in a 、-list is not cut at its dot into a false person', () => {
    expect(persons('付朝明、苏和·巴雅尔、宝音·达来为受表彰代表颁奖。')).not.toContain('苏和');
  });
});
