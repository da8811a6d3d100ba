// Organizations: suffix-driven names with their region prefix, aliases of national bodies.
import { describe, expect, it } from 'vitest';
import { namesOf, surfacesOf } from './helpers.js';
import { extractRecord } from '../../src/extract/page.js';

describe('organization recogniser', () => {
  it.each([
    ['区商务局局长柯婉介绍了有关情况。', '区商务局'],
    ['会议由云杉县委宣传部组织。', '云杉县委宣传部'],
    ['北河镇人民政府发布了通知。', '北河镇人民政府'],
    ['市第三人民医院开展义诊活动。', '市第三人民医院'],
    // a region body written with its post (县委书记): the body is an organization, the post a position
    ['县委书记石岩峰到企业调研。', '县委'],
    // a body named by a verb jieba reads as one (某某组织) is still a body
    ['南海经合组织发表了年度报告。', '南海经合组织'],
    // a body whose name ends in a common word (政局 in 财政局, 全局 in 安全局) is a body wherever jieba reads it as
    // one; the common word alone, or in a longer ordinary word, still names none (below)
    ['县财政局召开专题会议。', '县财政局'],
    ['青禾区民政局开展走访慰问活动。', '青禾区民政局'],
    ['市邮政局与银行签订合作协议。', '市邮政局'],
    ['县国家安全局开展宣传活动。', '县国家安全局'],
    // 省财政局副局|长江某: jieba reads 长江 across the post; the slot reads 副局长 + the name, and the body ends before it
    ['省财政局副局长江静芳作视频讲话。', '省财政局'],
    ['市中级人民法院副院长江立群出席会议。', '市中级人民法院'],
    // a body word of jieba's made of a field and a suffix (建设局, 交易中心) takes the fields and the place before it
    ['县住房和城乡建设局召开专题会议。', '县住房和城乡建设局'],
    ['青禾县公共资源交易中心发布公告。', '青禾县公共资源交易中心'],
    ['桐溪镇供销社开展农资下乡活动。', '桐溪镇供销社'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it('fields with no place before them stay outside the body (推进 + 公共资源 + 交易中心)', () => {
    expect(surfacesOf('organization', '要推进公共资源交易中心建设。')).toEqual(['交易中心']);
  });

  it('the post read in its slot keeps its holder and its body', () => {
    const positions = extractRecord({ id: 't', text: '市中级人民法院副院长江立群出席会议。' }).positions;
    expect(positions.map((p) => [p.person, p.title, p.organization])).toEqual([['江立群', '副院长', '市中级人民法院']]);
  });

  it('an alias takes the canonical name', () => {
    expect(namesOf('organization', '工信部日前发布了新的指导意见。')).toContain('工业和信息化部');
  });

  it.each([
    ['他是一名老干部。'], ['全部项目已经完工。'], ['法国政府宣布了新的计划。'],
    // generic phrases before 队 or 政府 (a count, an activity) and counted legs of a contest name no body
    ['本届邀请赛共有8支球队报名。'], ['市里公布了本年度政府工作目标。'], ['巡回赛共设五站，首站在云岭举行。'],
    // jieba tags some activities nt (太空飞行): no body suffix and a verb for a tail
    ['长时间太空飞行对人体骨骼影响很大。'],
    // a common word that ends in a suffix, alone or at the end of a longer ordinary word (政局, 事关全局)
    ['当前政局总体稳定。'], ['这是一件事关全局的大事。'],
  ])('no organization in: %s', (text) => {
    expect(surfacesOf('organization', text)).toEqual([]);
  });
});
