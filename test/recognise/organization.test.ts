// Organizations: suffix-driven names with their region prefix, aliases of national bodies.
import { describe, expect, it } from 'vitest';
import { namesOf, surfacesOf } from './helpers.js';

describe('organization recogniser', () => {
  it.each([
    ['区商务局局长柯婉介绍了有关情况。', '区商务局'],
    ['会议由云杉县委宣传部组织。', '云杉县委宣传部'],
    ['北河镇人民政府发布了通知。', '北河镇人民政府'],
    ['市第三人民医院开展义诊活动。', '市第三人民医院'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('organization', text)).toContain(surface);
  });

  it('an alias takes the canonical name', () => {
    expect(namesOf('organization', '工信部日前发布了新的指导意见。')).toContain('工业和信息化部');
  });

  it.each([['他是一名老干部。'], ['全部项目已经完工。'], ['法国政府宣布了新的计划。']])('no organization in: %s', (text) => {
    expect(surfacesOf('organization', text)).toEqual([]);
  });
});
