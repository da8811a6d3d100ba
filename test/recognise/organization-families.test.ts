// Organisation families (issue 5): bodies whose suffix sits inside a jieba word, teams, factories, generic
// nouns that end in a body suffix, and left boundaries. Sentences and names are fictional.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';

const orgsAndCompanies = (text: string): string[] => [...surfacesOf('organization', text), ...surfacesOf('company', text)];

describe('org.suffix inside a jieba word (文化局, 啤酒厂)', () => {
  it.each([
    ['由青禾市文化局主办的展览今天开幕。', '青禾市文化局'],
    ['柳溪县畜牧局派人到场指导。', '柳溪县畜牧局'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it('a factory is a company (company.suffix, 厂)', () => {
    expect(surfacesOf('company', '她原是云杉啤酒厂的一名工人。')).toContain('云杉啤酒厂');
  });
});

describe('sports teams: place + 女队/男队/队', () => {
  it.each([
    ['决赛中对手是实力强劲的丹麦女队。', '丹麦女队'],
    ['巴西男队以三比一获胜。', '巴西男队'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });
});

describe('no organization in generic nouns ending in a body suffix', () => {
  it.each([
    ['许多党员干部参加了学习。'],
    ['各级党组织要发挥作用。'],
    ['地方政府要承担责任。'],
    ['新政府成立后推出了改革措施。'],
    ['这支军队纪律严明。'],
    ['要把任务落到实处。'],
  ])('%s', (text) => {
    expect(orgsAndCompanies(text)).toEqual([]);
  });
});

describe('left boundary: no verb, caption or dateline word inside the name', () => {
  it.each([
    ['图为青禾县农业局的工作人员。', '青禾县农业局'],
    ['新华社北京5月3日电青禾市教育局近日发出通知。', '青禾市教育局'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });
});

describe('well-known bodies and companies by their common names (org.alias, company.alias)', () => {
  it.each([
    ['白宫发言人当天拒绝置评。', '白宫'],
    ['欧佩克将在下月讨论产量问题。', '欧佩克'],
    ['他在北大读了四年书。', '北大'],
    ['国家防总已派出工作组。', '国家防总'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it.each([
    ['柯婉在工行办理了贷款。', '工行'],
    ['微软宣布了新的操作系统。', '微软'],
  ])('%s → company %s', (text, surface) => {
    expect(surfacesOf('company', text)).toContain(surface);
  });
});

describe('party congresses by number (org.congress)', () => {
  it.each([
    ['学习贯彻党的十五大精神。', '十五大'],
    ['自十四大以来，青禾县发生了很大变化。', '十四大'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it('十大 (ten big …) is no congress', () => {
    expect(surfacesOf('organization', '他当选为全县十大杰出青年。')).toEqual([]);
  });
});

describe('a name begins with its specific part, not with a common noun or a score', () => {
  it.each([
    ['半决赛中力克丹麦女队，她们进入了决赛。', '丹麦女队'],
    ['双方以2∶1战胜巴西男队。', '巴西男队'],
    ['第六届青禾县人大常委会第二次会议召开。', '第六届青禾县人大常委会'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it('a sub-unit after a school is part of it (系)', () => {
    expect(surfacesOf('organization', '青禾师范大学中文系的学生参加了比赛。')).toContain('青禾师范大学中文系');
  });

  it('an agency before a city is no body ending in 科', () => {
    expect(surfacesOf('organization', '据新华社莫斯科电，会谈已经结束。')).toEqual(['新华社']);
  });
});

describe('a ministry glued to its post (org.before-title: 国防部长 → 国防部)', () => {
  it.each([
    ['青禾国农业部长柯文远今天抵达。', '青禾国农业部'],
    ['据柳溪县公安局长介绍，案件已经侦破。', '柳溪县公安局'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it('a deputy post or a doubled character is no glued post', () => {
    expect(surfacesOf('organization', '青禾县公安局局长柯文远到场。')).toEqual(['青禾县公安局']);
  });
});

describe('verbs and place prefixes inside a body name', () => {
  it.each([
    ['柳溪省野生动物保护协会发出倡议。', '柳溪省野生动物保护协会'],
    ['青禾市消防总队派出三辆消防车。', '青禾市消防总队'],
    ['区文化和旅游局将举办展览。', '区文化和旅游局'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });
});

describe('companies: branches, units, Latin names', () => {
  it.each([
    ['记者从建行青禾分行获悉，贷款已经发放。', '建行青禾分行'],
    ['青禾银行信用卡中心发布公告。', '青禾银行信用卡中心'],
    ['据Blizzard官方消息，新作将在明年发售。', 'Blizzard'],
  ])('%s → company %s', (text, surface) => {
    expect(surfacesOf('company', text)).toContain(surface);
  });
});

describe('a company with its place (company.alias arm)', () => {
  it('上海 + 工行 is one company', () => {
    expect(surfacesOf('company', '记者昨天走访了上海工行的营业网点。')).toContain('上海工行');
  });
  it('a litigant before a company is no part of it', () => {
    expect(surfacesOf('company', '原告青禾明辉贸易有限公司提出上诉。')).toContain('青禾明辉贸易有限公司');
  });
});

describe('left edge: glued prepositions, places jieba mistags, verbs inside a name', () => {
  it.each([
    ['据市水利局测定，水位已经回落。', '市水利局'],
    ['问题和困难没有吓倒青禾县纪委。', '青禾县纪委'],
    ['新建的交通控制指挥中心已投入使用。', '交通控制指挥中心'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });
});

describe('a national body and its unit written together (org.alias + unit)', () => {
  it.each([
    ['海军青禾舰队政治部主任柯文远出席。', '海军青禾舰队政治部'],
    ['据致公党中央有关人员介绍，活动很成功。', '致公党中央'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });
  it('a post after a body is no unit of it', () => {
    expect(surfacesOf('organization', '他是全国政协常委。')).toContain('全国政协');
  });
});

describe('news agencies in a list closed by 等国际…', () => {
  it('等国 + 际 is no place-list closer', () => {
    const orgs = surfacesOf('organization', '美联社、法新社、路透社等国际通讯社都派出了记者。');
    expect(orgs).toEqual(expect.arrayContaining(['美联社', '法新社', '路透社']));
  });
  it('a team written 网球队 after a country', () => {
    expect(surfacesOf('organization', '德国男子网球队昨天抵达。')).toContain('德国男子网球队');
  });
});

describe('no body: disciplines, shows, one-character verbs, buildings', () => {
  it.each([
    ['他从小喜欢天文学。'],
    ['晚上大家一起去听音乐会。'],
    ['志愿者为群众办了很多好事。'],
    ['他在人民大会堂会见了来宾。'],
  ])('%s', (text) => {
    expect(surfacesOf('organization', text)).toEqual([]);
  });
});

describe('foreign names ending in a suffix character, a country and 公司', () => {
  it('a transliterated name ending in 科 is no body', () => {
    expect(surfacesOf('organization', '总理马尔琴科表示欢迎。')).toEqual([]);
  });
  it('美国公司 is no company', () => {
    expect(surfacesOf('company', '许多美国公司在当地设厂。')).toEqual([]);
  });
});
