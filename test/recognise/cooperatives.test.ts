// The firms of a county's countryside, named as they register (farmers' cooperatives, village stock cooperatives,
// family farms, the rural credit cooperative), in four sentences a county paper writes about them: each is a
// company found whole. All names are fictional. Before, none of the 40 was found (合作社 and 家庭农场 were no
// company ending), and a town at a sentence's start took the preposition glued to it (在岚峰/x + 镇 → 在岚峰镇).
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const FIRMS = ['青禾县绿源果蔬专业合作社', '岚峰镇金穗农机专业合作社', '白石岭村股份经济合作社', '青禾县丰收家庭农场', '青禾县农村信用合作联社', '澄水茶业专业合作社'];
const FORMS: readonly ((firm: string) => string)[] = [
  (x) => `${x}理事长邝明远介绍，今年合作社带动农户增收。`,
  (x) => `在${x}，工人们正忙着分拣。`,
  (x) => `${x}负责人邝明远说，订单已排到年底。`,
  (x) => `县委书记到${x}调研。`,
];
const cases = FIRMS.flatMap((firm) => FORMS.map((form) => [form(firm), firm] as const));

describe('the firms of the countryside', () => {
  it.each(cases)('%s', (text, firm) => {
    const record = extractRecord({ id: 't', text });
    expect(record.entities.filter((e) => e.type === 'company').map((e) => e.name)).toContain(firm);
  });
  it('a town at a sentence\'s start does not take the preposition jieba glued to it', () => {
    const places = extractRecord({ id: 't', text: '在岚峰镇金穗村，工人们正忙着分拣。' }).entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).not.toContain('在岚峰镇');
  });
});
