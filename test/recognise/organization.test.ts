// Organizations: suffix-driven names with their region prefix, aliases of national bodies.
import { describe, expect, it } from 'vitest';
import { namesOf, surfacesOf } from './helpers.js';

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
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
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
  ])('no organization in: %s', (text) => {
    expect(surfacesOf('organization', text)).toEqual([]);
  });
});
