// The bodies of a county: the party committee's departments, the government's bureaus, the courts, the people's
// organisations and the public institutions every local paper names. Each must be found whole, with its region
// level, in a sentence of its own and before a post with its holder. Written from general knowledge of how county
// governments are organised; the holder is fictional. 档案馆 and 图书馆 are buildings by design (not asserted here).
// The offices shortened to 办 that jieba reads as the verb 办 (县金融办/v) or an idiom (扶贫办/i), the units named after
// the committee (县委 + 网信办/x, 县委 + 巡察/v + 办) and the county's utilities (县 + 供电 + 公司) are bodies too.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const BODIES = [
  '县委办公室', '县政府办公室', '县委组织部', '县委宣传部', '县委统战部', '县委政法委', '县纪委监委', '县委党校', '县委老干部局',
  '县委政策研究室', '县委机要局', '县发展和改革局', '县教育局', '县科学技术局', '县工业和信息化局', '县公安局', '县民政局',
  '县司法局', '县财政局', '县人力资源和社会保障局', '县自然资源局', '县生态环境局', '县住房和城乡建设局', '县交通运输局',
  '县水利局', '县农业农村局', '县商务局', '县文化和旅游局', '县卫生健康局', '县退役军人事务局', '县应急管理局', '县审计局',
  '县市场监督管理局', '县统计局', '县医疗保障局', '县林业局', '县行政审批服务局', '县信访局', '县城市管理局', '县国家安全局',
  '县税务局', '县邮政局', '县气象局', '县人民法院', '县人民检察院', '县总工会', '县妇联', '县科协', '县残联', '县红十字会',
  '县工商联', '县融媒体中心', '县人民医院', '县中医院', '县疾控中心', '县第一中学', '县职业中学', '县消防救援大队', '县人武部',
  '县数据局', '县政务服务中心', '县投资促进局', '县粮食和物资储备局', '县乡村振兴局', '县住房公积金管理中心', '县供销社',
  '县民族宗教事务局', '县体育局', '县地震局', '县烟草专卖局', '县老干部局', '县国资局', '县公共资源交易中心', '县政府研究室',
  '县外事办', '县侨联', '县文联', '县台办',
  '县委网信办', '县委巡察办', '县金融办', '县政府办', '县委编办', '县扶贫办', '县委改革办', '县招商办', '县防汛办', '县委督查室',
  '县供电公司', '县自来水公司', '县燃气公司', '县公交公司',
];

const bodiesIn = (text: string): string[] =>
  extractRecord({ id: 't', text }).entities.filter((e) => e.type === 'organization' || e.type === 'company').flatMap((e) => e.mentions.map((m) => m.text));

describe('the bodies of a county, each found whole', () => {
  it.each(BODIES)('%s召开会议。', (body) => {
    expect(bodiesIn(`${body}召开会议。`)).toContain(body);
  });
  it.each(BODIES)('%s + its head', (body) => {
    const post = body.endsWith('局') ? '局长' : '负责人';
    const record = extractRecord({ id: 't', text: `${body}${post}邝明远出席会议。` });
    expect(record.entities.filter((e) => e.type === 'organization' || e.type === 'company').flatMap((e) => e.mentions.map((m) => m.text))).toContain(body);
    if (post === '局长') expect(record.positions.map((p) => [p.person, p.title, p.organization])).toContainEqual(['邝明远', '局长', body]);
  });
});

describe('two bodies of a county joined by 和, 与, 及 or 、 are two bodies', () => {
  // jieba reads 局和县 as 局 + 和县 (a county of its own) and 局及县 as 局及 + 县: two bodies became one, and 和县 the page's
  // region (src/text/body-joins.ts)
  const pairs = BODIES.flatMap((body) => ['和', '与', '及', '、'].flatMap((join) => ['县财政局', '区委组织部'].map((other) => [body, join, other] as const)));
  it.each(pairs)('%s%s%s联合召开会议。', (body, join, other) => {
    const bodies = bodiesIn(`${body}${join}${other}联合召开会议。`);
    expect(bodies).toContain(body);
    expect(bodies).toContain(other);
  });
});

describe('what a short office or a utility is not', () => {
  it.each([
    ['对群众反映的问题实行“接诉即办”。', '诉即办'],
    ['我会把大家的事当成自己的事来办。', '事来办'],
    ['村民代表全票通过了村集体入股建设生态茶厂的实施方案。', '村集体入股建设生态茶厂'],
    ['省公司、市公司和县公司三级联动。', '市公司'],
    ['这件事要马上办，不能拖。', '马上办'],
  ])('%s has no body %s', (text, wrong) => {
    expect(bodiesIn(text)).not.toContain(wrong);
  });
  it('a study group whose last character jieba glued to its members (中心组成员) is whole', () => {
    expect(bodiesIn('岚溪县委理论学习中心组成员参加学习。')).toContain('岚溪县委理论学习中心组');
  });
  it('a body after 有 that jieba glued to it (有区/x) starts after it', () => {
    const record = extractRecord({ id: 't', text: '参加会议的有区金融办主任邝明远。' });
    expect(record.positions.map((p) => [p.person, p.title, p.organization])).toContainEqual(['邝明远', '主任', '区金融办']);
  });
});
