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
