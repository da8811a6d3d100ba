// The person rule families of issue 5, on sentences written for this test (fictional people, teams and things):
// match reports, middle-dot names, eponyms, surname references, echoes and lists, modifiers, Japanese names.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const mentions = (text: string) =>
  extractRecord({ id: 't', text })
    .entities.filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions.map((m) => ({ text: m.text, rule: m.rule })));
const surfaces = (text: string) => mentions(text).map((m) => m.text);

describe('match reports: a name with no person cue is a team', () => {
  it('drops the teams of a betting preview', () => {
    expect(surfaces('本轮联赛，莱斯托维主场迎战卡普里诺，欧赔看好主队。')).toEqual([]);
  });
  it('keeps a player named after a role noun or before a person verb', () => {
    expect(surfaces('本轮联赛中，门将柯晓峰扑出点球，主帅韦尔托尼说球队打得很好。')).toEqual(expect.arrayContaining(['柯晓峰', '韦尔托尼']));
  });
});

describe('person.dotted: a middle-dot name is whole', () => {
  it.each([
    ['据报道，贝尔纳多·葛鲁西今天抵达首都。', '贝尔纳多·葛鲁西'],
    ['会上，设计师让帕斯·莱蒙特吕介绍了方案。', '让帕斯·莱蒙特吕'],
    ['她是舞蹈家卡塔琳娜·米格尔·索萨的学生。', '卡塔琳娜·米格尔·索萨'],
  ])('%s', (text, name) => {
    expect(mentions(text)).toContainEqual({ text: name, rule: 'person.dotted' });
  });
  it('a dot between Chinese words or in an estate name is no name', () => {
    expect(surfaces('《青禾风物·秋韵》画展开幕。')).toEqual([]);
    expect(surfaces('新楼盘澜湾·翠微园开盘。')).toEqual([]);
  });
});

describe('person.eponym: the person a doctrine or trophy is named after', () => {
  it('finds the name before 主义 and 杯', () => {
    expect(mentions('他研究的是洛维尼主义。')).toContainEqual({ text: '洛维尼', rule: 'person.eponym' });
    expect(mentions('本届卡里斯杯决赛在此举行。')).toContainEqual({ text: '卡里斯', rule: 'person.eponym' });
  });
  it('a place before 杯 is no person', () => {
    expect(surfaces('欧洲杯决赛在此举行。')).toEqual([]);
  });
});

describe('surname references', () => {
  it.each([
    ['科长邝某说：材料已经报上去了。', '邝'],
    ['胡老说，画画累了就去院里走走。', '胡'],
    ['针对这些问题，常副局长表示要尽快整改。', '常'],
    ['老于的女儿今年考上了大学。', '于'],
    ['县委书记宓文轩出席会议。宓书记强调，要抓好落实。', '宓'],
    ['会议由任书记主持。', '任'],
  ])('%s', (text, surname) => {
    expect(mentions(text)).toContainEqual({ text: surname, rule: 'person.surname-ref' });
  });

  it.each([['李明轩', '李'], ['欧阳青', '欧阳'], ['罗海生', '罗'], ['宓文轩', '宓']])('an anonymised party (%s, then %s某) is never the full name written before', (full, surname) => {
    for (const withheld of [`${surname}某`, `${surname}某某`]) {
      const persons = extractRecord({ id: 't', text: `辩护人、律师${full}出席庭审。被告人${withheld}辩称对此并不知情。` }).entities.filter((e) => e.type === 'person');
      expect(persons.map((e) => e.name), withheld).toEqual(expect.arrayContaining([full, surname]));
      expect(persons.find((e) => e.name === full)?.mentions.map((m) => m.text), withheld).toEqual([full]);
    }
  });

  it.each([['他先后任县委书记、市长。'], ['县里决定把他调到这里任乡党委书记。']])('任 before a post in mid-clause is the verb: %s', (text) => {
    expect(surfaces(text)).toEqual([]);
  });
});

describe('person.echo and person.list', () => {
  it('a name found with a cue is found again without one', () => {
    const found = mentions('主帅卡洛说，球队状态很好。卡洛战术已经成熟。');
    expect(found).toContainEqual({ text: '卡洛', rule: 'person.echo' });
  });
  it('the other items of a list holding names are names, the last one before its verb too', () => {
    expect(surfaces('参赛的有柏雨辰、伍嘉言、阙一凡、仇思远出战。')).toEqual(expect.arrayContaining(['柏雨辰', '伍嘉言', '阙一凡', '仇思远']));
  });
});

describe('modifiers and dictionary words', () => {
  it('a transliterated word before a noun, with no cue, is no person', () => {
    expect(surfaces('受拉卡尼诺现象影响，多地出现干旱。')).toEqual([]);
  });
  it('with a cue it still is', () => {
    expect(surfaces('拉卡尼诺亲王抵达机场时说，此行是为了友谊。')).toContain('拉卡尼诺');
  });
  it('a two-character dictionary word jieba tags as a name is no person on its own', () => {
    expect(surfaces('灯光下的温馨，让人难忘。')).toEqual([]);
  });
  it('a name never ends inside an idiom', () => {
    expect(surfaces('大厅里金碧辉煌。')).toEqual([]);
  });
});

describe('person.japanese', () => {
  it.each([
    ['日本首相渡边俊太郎在记者会上说，两国应加强合作。', '渡边俊太郎'],
    ['松井还表示，会谈取得了成果。', '松井'],
  ])('%s', (text, name) => {
    expect(mentions(text)).toContainEqual({ text: name, rule: 'person.japanese' });
  });
  it('a family name before an ordinary noun is no person', () => {
    expect(surfaces('该计划被称为松井计划。')).not.toContain('松井计划');
  });
});

describe('late families', () => {
  it('a Chinese name in a match report is still a person', () => {
    expect(surfaces('本轮联赛，评论员岑晓辉认为主队占优。')).toContain('岑晓辉');
  });
  it('a measure-word surname after a numeral is the measure word', () => {
    expect(surfaces('现场共有3万人参加了活动。')).toEqual([]);
  });
  it('an ordinary dictionary word is no name without a title before it', () => {
    expect(surfaces('文章指出，改革要继续深化。')).toEqual([]);
  });
  it('a one-character noun or verb token is no surname reference', () => {
    expect(surfaces('工业废物占总产生量的六成。')).toEqual([]);
  });
});

describe('a foreign name jieba reads as a place', () => {
  it('a name between a title and a verb is a name, though it may be a city\'s too', () => {
    expect(surfaces('村主任洛桑介绍说，今年牧民收入增加了。')).toContain('洛桑');
  });
  it('a world city stays a place without a title before and a verb after', () => {
    expect(surfaces('他在马德里参加了论坛。')).toEqual([]);
  });
});

describe('surname references are no words that start with a surname', () => {
  it('马上将 and 古老 are words', () => {
    expect(surfaces('我们马上将迎来新的阶段，这是一个古老的行业。')).toEqual([]);
  });
});

describe('a name with an act after it and no title', () => {
  const NAMES = ['王立新', '李强', '张晓峰', '欧阳明远', '宓红'];
  it('before the act and its event read as one word of jieba\'s (出席会议/l, 主持会议/n)', () => {
    for (const name of NAMES) for (const act of ['出席会议并讲话', '主持会议', '参加会议']) {
      const text = `3月5日，县委召开会议。${name}${act}。`;
      expect(surfaces(text), text).toContain(name);
    }
    // (a verb that begins a noun of jieba's is still that noun's, an event's own name too: no one before 推介会)
    expect(surfaces('他的推介会很成功。')).toEqual([]);
    expect(surfaces('3月5日，全省文旅推介会在杭州市西溪宾馆举行。')).toEqual([]);
  });

  it('after 由 glued to a name of two characters (由李强/nr)', () => {
    for (const name of ['李强', '王伟', '张敏']) expect(surfaces(`会议由${name}主持。`), name).toContain(name);
    expect(surfaces('全面从严治党向纵深发展。')).toEqual([]);
  });

  it('after 由 glued to the surname alone, the given name read as a word of its own (由王/x 立新/d, 由何/x 平安/a)', () => {
    for (const name of ['王立新', '周新华', '何平安', '李文明', '刘光荣', '陈建国']) {
      expect(surfaces(`12月3日，县委常委会召开会议，由${name}主持。`), name).toContain(name);
    }
    // (a post's last character glued to a Mongolian name's first is no such head: 嘎查达 + 巴雅斯古楞)
    expect(surfaces('嘎查达巴雅斯古楞发言。')).not.toContain('巴雅斯');
  });
});

describe('X氏 before the words of a clan names a lineage, not a person', () => {
  it.each(['王', '李', '欧阳', '钟', '刘'])('%s氏', (sur) => {
    for (const clan of ['宗祠修缮一新', '家族在此定居', '兄弟在会上发言', '宗亲会成立']) {
      const text = `村里的${sur}氏${clan}。`;
      expect(surfaces(text), text).toEqual([]);
    }
  });
  it('a Vietnamese name keeps its 氏 inside', () => {
    expect(surfaces('越南代表阮氏红发言。')).toContain('阮氏红');
  });
});

describe('a minority name of two parts in a slot, a follower inside it or none after it', () => {
  it.each(['海来拉则', '吉伍阿都', '曲比阿呷', '扎西次仁', '海来阿卓'])('%s', (name) => {
    for (const text of [`局长${name}严重违纪违法案已移送审查。`, `原乡长${name}贪污、受贿案。`, `州生态环境局局长${name}通过视频连线讲话。`]) {
      expect(surfaces(text), text).toContain(name);
    }
  });
  it('a dotted name goes on past its first four characters', () => {
    expect(surfaces('苏木达阿依达娜·其其格主持座谈会。')).toContain('阿依达娜·其其格');
  });
});

describe('rare surnames and names that are adverbs, in a post\'s slot', () => {
  it.each(['琚志勇', '弋红', '苌明远', '蒉立新'])('%s', (name) => {
    expect(surfaces(`县监委副主任${name}逐一通报了问题。`)).toContain(name);
  });
  it('an adverb right after a post and before a list mark is a name (局长居然、)', () => {
    const text = '被约谈的县农业农村局局长车德林、县民政局局长居然、石塘镇党委书记梅雪分别作表态发言。';
    expect(surfaces(text)).toEqual(expect.arrayContaining(['车德林', '居然', '梅雪']));
    expect(surfaces('局长当然、必然要负责。')).toEqual([]);
  });
});
