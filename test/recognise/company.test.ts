// Companies: legal and group suffixes, the name reaching left over brand and industry words.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';

describe('company recogniser', () => {
  it.each([
    ['青石明辉化学股份有限公司投资建设新生产线。', '青石明辉化学股份有限公司'],
    ['其中，云杉智能科技有限公司获评示范工厂。', '云杉智能科技有限公司'],
    ['北辰集团与多家企业签约。', '北辰集团'],
    // one common noun before 集团 that names no trade is the group's brand
    ['年初，绿野集团宣布进军新能源。', '绿野集团'],
    // the person before a verb is the clause's subject, and a verb glued to the name (获/赴) begins none
    ['邝仲麟获青禾教育基金资助。', '青禾教育基金'],
    // a side of the deal (承建方, 投资方) is no part of the name of the company that plays it
    ['承建方江淮建工集团有限公司副总经理黎春阳发言。', '江淮建工集团有限公司'],
    ['投资方远岫新能源科技有限公司与县政府签约。', '远岫新能源科技有限公司'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('company', text)).toContain(surface);
  });

  it.each([['一些企业集团纷纷转型。'], ['多家保险公司参与竞标。']])('a kind of company, not one: %s', (text) => {
    expect(surfacesOf('company', text)).toEqual([]);
  });
});
