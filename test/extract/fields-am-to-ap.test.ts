// Rules taught by probing templates of township, state-firm, school and border news, and by four blind writers of
// 6 December 2026, late afternoon (townships and villages; state firms and finance; health and education; Inner
// Mongolia and Xinjiang), each probed with other names, towns and bodies than theirs. Every person, county, town,
// company and event is fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const record = (text: string, date = '2025-03-12') => extractRecord({ id: 't', text, date });
const positionsOf = (text: string, person: string) =>
  record(text).positions.filter((p) => p.person === person).map((p) => `${p.title}@${p.organization ?? '-'}`).sort();
const reported = (text: string) => record(text).meetings.filter((m) => m.reported);
const rolesOf = (text: string, person: string) =>
  reported(text).flatMap((m) => m.attendees.filter((a) => a.person === person).map((a) => `${m.name}:${a.roles.join('+')}`));
const entitiesOf = (text: string, type: string) => record(text).entities.filter((e) => e.type === type).map((e) => e.name);

const PAIRS = [['柯明远', '闻雅琴'], ['欧阳振华', '马丽'], ['宇文涛', '岑立军']];
const TOWNS = ['栖霞镇', '沅桥镇', '白马乡'];
const VILLAGES = ['青石村', '枫林村', '老街村'];

describe('a name and the light verb of a speech whose object stands inside it', () => {
  it('院长甲作院长工作报告: 作 is no part of the name', () => {
    for (const [a, b] of PAIRS) {
      const text = `3月10日，沅桥县人民医院召开第四届职工代表大会，院党委书记${a}主持会议，院长${b}作院长工作报告。`;
      expect(positionsOf(text, b), text).toEqual(['院长@沅桥县人民医院']);
      expect(rolesOf(text, b), text).toEqual(['第四届职工代表大会:SPOKE']);
    }
  });
});

describe('appointments by hiring', () => {
  it('聘任、聘请、续聘甲为某校校长 give the post', () => {
    for (const verb of ['聘任', '聘请', '续聘', '同意聘任']) for (const [a] of PAIRS) {
      const text = `经研究决定，${verb}${a}为栖霞县第二中学校长。`;
      expect(positionsOf(text, a), text).toEqual(['校长@栖霞县第二中学']);
    }
  });
});

describe('the bodies of a banner\'s townships and villages', () => {
  it('嘎查党支部书记, 苏木党委书记: the post in the body, as 村党支部书记 is read', () => {
    for (const [a, b] of PAIRS) {
      const text = `3月10日，额尔敦苏木白音嘎查召开党员大会，嘎查党支部书记${a}主持，苏木党委书记${b}参加。`;
      expect(positionsOf(text, a), text).toEqual(['书记@嘎查党支部']);
      expect(positionsOf(text, b), text).toEqual(['书记@苏木党委']);
    }
  });
});

describe('a village named by a common word right after its town', () => {
  it('某镇 + 青石村: the village\'s bodies take its name', () => {
    for (const town of TOWNS) for (const village of VILLAGES) for (const [a] of PAIRS) {
      const text = `3月10日，${town}${village}召开党员大会，村党支部书记${a}主持。`;
      expect(positionsOf(text, a), text).toEqual([`书记@${village}党支部`]);
    }
  });
  it('not a word that says what kind of village it is (重点村, 试点村)', () => {
    for (const town of TOWNS) expect(entitiesOf(`${town}重点村、试点村全部完成改造。`, 'place')).toEqual([town]);
  });
  it('a body\'s term before it (新一届村委会) is no part of a body\'s name', () => {
    for (const village of VILLAGES) {
      const text = `日前，沅桥镇${village}召开村民代表大会，选举产生新一届村委会，柯明远当选为村委会主任。`;
      expect(entitiesOf(text, 'organization').some((o) => o.includes('产生') || o.includes('新一届')), text).toBe(false);
    }
  });
});

describe('ceremonies and meetings of schools and villages', () => {
  it('举行开学典礼 names the ceremony; its speaker and guest attend it', () => {
    for (const kind of ['开学典礼', '毕业典礼']) for (const [a, b] of PAIRS) {
      const text = `9月1日，栖霞县第一中学举行${kind}，校长${a}致辞，副县长${b}出席。`;
      expect(rolesOf(text, a), text).toEqual([`${kind}:SPOKE`]);
      expect(rolesOf(text, b), text).toEqual([`${kind}:ATTENDED`]);
    }
  });
  it('a school, a village or a county holds a bare kind (家长会, 院坝会, 座谈会): named by the holder', () => {
    for (const [holder, kind] of [['栖霞县第一中学', '家长会'], ['青石村', '院坝会'], ['沅桥县', '座谈会']]) for (const [a] of PAIRS) {
      const text = `3月10日，${holder}召开${kind}，${a}讲话。`;
      expect(rolesOf(text, a), text).toEqual([`${holder}${kind}:SPOKE`]);
    }
  });
  it('not where 在 makes the division the meeting\'s place', () => {
    const text = '3月10日，柯明远在沅桥县召开座谈会，县长马丽讲话。';
    expect(reported(text).map((m) => m.name)).not.toContain('沅桥县座谈会');
  });
});

describe('a company branded with a common word', () => {
  it('青石 + 科技 + 股份有限公司 is a company; a kind of company is not', () => {
    for (const brand of ['青石', '长风', '蓝天']) for (const [a] of PAIRS) {
      const text = `座谈会上，${brand}科技股份有限公司董事长${a}发言。`;
      expect(positionsOf(text, a), text).toEqual([`董事长@${brand}科技股份有限公司`]);
    }
    for (const kind of ['这家', '一家', '民营', '当地']) expect(entitiesOf(`${kind}科技股份有限公司发展很快。`, 'company')).toEqual([]);
  });
  it('a company\'s name that jieba cut at its start: after a mark (、松/v 漠/ns 市…) or across a known place (上/f 海瑞/nz)', () => {
    for (const [a, b] of PAIRS) {
      const text = `会上，县长王海、松漠市北疆风电装备有限公司董事长${a}、上海瑞塘实业有限公司董事长${b}先后发言。`;
      expect(positionsOf(text, a), text).toEqual(['董事长@松漠市北疆风电装备有限公司']);
      expect(positionsOf(text, b), text).toEqual(['董事长@上海瑞塘实业有限公司']);
    }
  });
  it('a firm\'s party post written whole after it is a post in its party committee', () => {
    for (const [a] of PAIRS) {
      const text = `3月10日，岚江农村商业银行股份有限公司党委书记、董事长${a}介绍了特色金融产品。`;
      expect(positionsOf(text, a), text).toEqual(['书记@岚江农村商业银行股份有限公司党委', '董事长@岚江农村商业银行股份有限公司']);
    }
  });
  it('a firm\'s bare post after the firm named in the sentence is the firm\'s (某公司董事长甲、总经理乙)', () => {
    for (const [a, b] of PAIRS) {
      const text = `县委书记王海，山西北岳绿源新能源有限公司董事长${a}、总经理${b}出席签约仪式。`;
      expect(positionsOf(text, b), text).toEqual(['总经理@山西北岳绿源新能源有限公司']);
    }
    expect(positionsOf('总经理柯明远介绍，项目已投产。', '柯明远')).toEqual(['总经理@-']);
  });
});

describe('a town\'s or an institution\'s own bodies in its committee\'s chain', () => {
  it('镇党委委员、纪委书记甲 is the town\'s 纪委; 镇党委委员、武装部部长乙 the town\'s 武装部; 县委常委、纪委书记 the county\'s', () => {
    for (const town of TOWNS) for (const [a, b, c] of [['柯明远', '闻雅琴', '岑立军'], ['欧阳振华', '马丽', '宇文涛']]) {
      const level = town.slice(-1);
      const text = `1月9日，岜隆县${town}召开党委扩大会议。${level}党委委员、纪委书记${a}，${level}党委委员、武装部部长${b}参加会议。县委常委、纪委书记${c}出席。`;
      expect(positionsOf(text, a), text).toEqual([`书记@${town}纪委`, `委员@${town}党委`]);
      expect(positionsOf(text, b), text).toEqual([`委员@${town}党委`, `部长@${town}武装部`]);
      expect(positionsOf(text, c), text).toEqual(['书记@岜隆县纪委', '常委@岜隆县委']);
    }
  });
  it('医院党委委员、纪委书记 is the hospital\'s 纪委; 医院 named short is the hospital named before', () => {
    for (const [a, b] of PAIRS) {
      const text = `3月10日下午，岳溪县中医医院召开党委（扩大）会议。医院党委书记${a}主持会议。党委委员、纪委书记${b}通报了2024年度医院行风建设情况。`;
      expect(positionsOf(text, a), text).toEqual(['书记@岳溪县中医医院党委']);
      expect(positionsOf(text, b), text).toEqual(['书记@岳溪县中医医院纪委', '委员@岳溪县中医医院党委']);
    }
  });
});

describe('a higher meeting relayed, and the sitting that relays it', () => {
  it('传达了…全会暨…会议精神: the plenum is referred to; the closing list attends the town\'s meeting; 传达了 is a speech', () => {
    for (const town of TOWNS) for (const [a, b] of PAIRS) {
      const text = `1月9日上午，${town}召开党委扩大会议。${town.slice(-1)}长${a}传达了1月7日至8日召开的县委十四届七次全会暨县委经济工作会议精神。${town.slice(-1)}人大主席${b}等领导班子成员参加会议。`;
      expect(rolesOf(text, a), text).toEqual(['党委扩大会议:SPOKE']);
      expect(rolesOf(text, b), text).toEqual(['党委扩大会议:ATTENDED']);
      expect(reported(text).map((m) => m.name), text).toEqual(['党委扩大会议']);
    }
  });
});

describe('words jieba glues to a name or a division', () => {
  it('甲作镇人大主席团工作报告: no place 甲作镇, the name stays a person', () => {
    for (const [a] of PAIRS) {
      const text = `随后举行的第一次全体会议由镇人大主席${a}主持。${a}作镇人大主席团工作报告。`;
      expect(entitiesOf(text, 'place'), text).toEqual([]);
      expect(entitiesOf(text, 'person'), text).toEqual([a]);
    }
  });
  it('补选甲为上塘镇人民政府副镇长: the town begins after 为', () => {
    for (const [a] of PAIRS) {
      const text = `会议以无记名投票方式，补选${a}为上塘镇人民政府副镇长。`;
      expect(positionsOf(text, a), text).toEqual(['副镇长@上塘镇']);
    }
  });
  it('新任某镇党委书记: 新任 begins no town', () => {
    for (const town of TOWNS) for (const [a] of PAIRS) {
      const text = `新任${town}党委书记${a}作表态发言。`;
      expect(positionsOf(text, a), text).toEqual([`书记@${town}党委`]);
    }
  });
  it('a Uyghur county\'s name jieba cut apart (托/v 克拉克/nrt 县委, 阿亚/ns 格库/x 木县/x)', () => {
    for (const [a, b] of PAIRS) {
      const text = `会上，托克拉克县委书记${a}、阿亚格库木县县长${b}作交流发言。`;
      expect(positionsOf(text, a), text).toEqual(['书记@托克拉克县委']);
      expect(positionsOf(text, b), text).toEqual(['县长@阿亚格库木县']);
    }
  });
});

describe('credits of township accounts, features and portals', () => {
  const creditsOf = (text: string) => record(text).credits.map((c) => `${c.name}:${c.role}`);
  it('a byline after a feature\'s head lines (a headline, a sub-head, a column\'s label)', () => {
    for (const [a, b] of PAIRS) for (const head of ['界碑旁的守望者\n——记护边员巴图\n', '【第六个中国医师节特别报道】\n', '药箱里的春天\n']) {
      const text = `${head}本报记者　${a}　通讯员　${b}\n清晨五点，天刚蒙蒙亮，卫生室的门就开了。`;
      expect(creditsOf(text), text).toEqual([`${a}:本报记者`, `${b}:通讯员`]);
    }
  });
  it('a Mongolian name of five characters, an information officer, a bar after the role, a bullet as the name\'s dot', () => {
    expect(creditsOf('会议召开。\n（本报记者　苏日娜　通讯员　那顺乌日图）')).toEqual(['苏日娜:本报记者', '那顺乌日图:通讯员']);
    for (const [a, b] of PAIRS) {
      expect(creditsOf(`会议召开。\n（信息员：${a}）`)).toEqual([`${a}:信息员`]);
      expect(creditsOf(`会议召开。\n文｜${a}　　图｜${b}`)).toEqual([`${a}:文`, `${b}:图`]);
    }
    expect(creditsOf('来源：某县融媒体中心　作者：加娜尔•别克　责任编辑：李慧\n10月14日，活动启动。')).toEqual(['加娜尔•别克:作者', '李慧:责任编辑']);
  });
  it('an outlet\'s app before the credit word (某某新闻客户端记者)', () => {
    for (const [a, b] of PAIRS) {
      expect(creditsOf(`青漪新闻客户端记者 ${a}　通讯员 ${b}\n5月15日上午，企业上市。`)).toEqual([`${a}:记者`, `${b}:通讯员`]);
    }
  });
});

describe('a prefecture\'s bodies written short', () => {
  it('地委, 行署 and 地区教育局 are the bodies of the prefecture the article names; 基地委员会 is no 地委', () => {
    for (const pref of ['喀拉铁热克地区', '博斯坦地区', '阿克塔斯地区']) for (const [a, b, c] of [['钱卫东', '古丽娜尔·阿不都', '韦建平'], ['欧阳明德', '艾尔肯·吐尔逊', '马丽']]) {
      const committee = `${pref.slice(0, -1)}委`;
      const text = `1月8日，地委召开扩大会议，会议表彰${pref}先进集体。地委书记${a}出席会议并讲话，地委副书记、行署专员${b}主持会议。地区教育局局长${c}发言。`;
      expect(positionsOf(text, a), text).toEqual([`书记@${committee}`]);
      expect(positionsOf(text, b), text).toEqual([`专员@${pref}行政公署`, `副书记@${committee}`]);
      expect(positionsOf(text, c), text).toEqual([`局长@${pref}教育局`]);
    }
    expect(entitiesOf('某训练基地委员会召开会议。', 'organization').some((o) => o.endsWith('地委'))).toBe(false);
  });
});

describe('the guest of a reception and the envoys', () => {
  it('甲会见了某集团董事长乙: the guest\'s post begins after the verb', () => {
    for (const [a, b] of PAIRS) for (const verb of ['会见了', '会见', '看望了']) {
      const text = `3月10日，县委书记${a}${verb}枫林集团董事长${b}一行。`;
      expect(positionsOf(text, b), text).toEqual(['董事长@枫林集团']);
    }
  });
  it('某国驻某地总领事, 某国驻华大使: the post in the country\'s mission, not in the place after 驻', () => {
    for (const [country, seat] of [['大韩民国', '沈阳'], ['赞比亚', '华'], ['越南', '南宁']]) for (const [a, b] of PAIRS) {
      const text = `10月24日，${country}驻${seat}总领事${a}、${country}驻${seat}大使${b}到访。`;
      expect(positionsOf(text, a), text).toEqual([`总领事@${country}驻${seat}总领事馆`]);
      expect(positionsOf(text, b), text).toEqual([`大使@${country}驻${seat}大使馆`]);
    }
  });
  it('检察长 of the procuratorate named before; 团县委 of the county the article names', () => {
    for (const c of ['栖霞县', '沅桥县']) for (const [a, b] of PAIRS) {
      const text = `3月10日，${c}检察院召开检委会，检察长${a}主持会议，副检察长${b}列席。`;
      expect(positionsOf(text, a), text).toEqual([`检察长@${c}检察院`]);
      const league = `3月10日，${c}召开会议，团县委书记${a}发言。`;
      expect(positionsOf(league, a), league).toEqual([`书记@团${c}委`]);
    }
  });
});
