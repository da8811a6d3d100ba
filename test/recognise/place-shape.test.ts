// place.jieba-ns: jieba's ns words are kept only when their shape or context says place (place-shape.ts),
// a region glued to 地区/流域 is the part before it, and geography.tsv names rivers, mountains, regions.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';
import { looksLikePlace } from '../../src/extract/recognise/place-shape.js';
import { knowledge } from '../../src/extract/recognise/knowledge.js';
import { abbreviationTable } from '../../src/extract/recognise/place-abbreviation.js';

describe('place shape', () => {
  const k = knowledge();
  const abbr = abbreviationTable(k);
  it.each([
    ['狼牙山', true], ['漓江', true], ['西奈半岛', true], ['陕北', true], ['鲁西南', true], ['华东', true],
    ['南达科他州', true], ['布达拉宫', true],
    ['大山', false], ['海湾', false], ['深山', false], ['三桥', false], ['沧桑', false], ['赞美', false],
    ['扎加洛', false], ['科教兴国', false],
  ])('%s looks like a place: %s', (word, expected) => {
    expect(looksLikePlace(word, k, abbr)).toBe(expected);
  });
});

describe('jieba place words in sentences', () => {
  it('keeps a river, a mountain and a region; drops ordinary words jieba tags ns', () => {
    const text = '考察组沿着漓江南下，登上狼牙山，又到陕北调研，感慨岁月沧桑，人山人海的景象令人赞美。';
    const places = surfacesOf('place', text);
    expect(places).toEqual(expect.arrayContaining(['漓江', '狼牙山', '陕北']));
    for (const w of ['沧桑', '人山人海', '赞美']) expect(places).not.toContain(w);
  });

  it('a region glued to 地区 or 流域 is the part before it', () => {
    expect(surfacesOf('place', '今年华北地区降水偏少，淮河流域旱情露头。')).toEqual(expect.arrayContaining(['华北', '淮河']));
    expect(surfacesOf('place', '落后地区的群众收入有所提高。')).not.toContain('落后');
  });

  it('a generic new area is no place; a locative word before a zone suffix is one', () => {
    expect(surfacesOf('place', '推动新区经济高质量发展。')).not.toContain('新区');
    expect(surfacesOf('place', '记者走进东海岸新区采访。')).toContain('东海岸新区');
  });

  it('geography: rivers, plateaus, celestial bodies, former countries', () => {
    const places = surfacesOf('place', '青藏高原的冰川融水汇入长江，科研人员还研究了地球和月球的关系，以及原苏联时期的资料。');
    expect(places).toEqual(expect.arrayContaining(['青藏高原', '长江', '地球', '月球', '苏联']));
  });
});

describe('place abbreviations in lists, alone and inside words', () => {
  it('a 、-list of three abbreviations or more, or two before a word about the sides', () => {
    expect(surfacesOf('place', '红军转战湘、赣、闽，历时半年。')).toEqual(expect.arrayContaining(['湘', '赣', '闽']));
    expect(surfacesOf('place', '最近，美、墨两国又签署了协议。')).toEqual(expect.arrayContaining(['美', '墨']));
    expect(surfacesOf('place', '她挑了红、黄两种颜色。')).toEqual([]);
  });

  it('a country abbreviation standing alone before a title or a word about the country', () => {
    expect(surfacesOf('place', '俄总理当天表示，将继续推进改革。')).toContain('俄');
  });

  it('continents in pairs, and words in which an abbreviation stands for a place', () => {
    expect(surfacesOf('place', '双方致力于建立亚欧新型伙伴关系。')).toEqual(expect.arrayContaining(['亚', '欧']));
    expect(surfacesOf('place', '他在亚运会上夺得金牌，又爱看京剧。')).toEqual(expect.arrayContaining(['亚', '京']));
    expect(surfacesOf('place', '完美网络公司成立。')).not.toContain('美');
  });

  it('a foreign division: a transliteration or a world place + its level; a title after the level is no place', () => {
    expect(surfacesOf('place', '巴西帕拉州发生森林火灾。')).toContain('帕拉州');
    expect(surfacesOf('place', '据悉，莫斯科市警方查处了一批违法者。')).toContain('莫斯科市');
    expect(surfacesOf('place', '约翰逊市长表示欢迎。')).not.toContain('约翰逊市');
  });
});

describe('country abbreviations: sides, titles and directions', () => {
  it.each([
    ['美国重申向中方作出的承诺。', ['美国', '中']],
    ['双方表示，中日友好合作要继续发展。', ['中', '日']],
    ['正因为俄总统与议会僵持不下，局势复杂。', ['俄']],
  ])('%s', (text, want) => {
    expect(surfacesOf('place', text)).toEqual(expect.arrayContaining(want));
  });

  it('西方 is the West, not a side of Spain', () => {
    expect(surfacesOf('place', '他没有照搬西方的福利模式。')).not.toContain('西');
  });
});

describe('overlaps', () => {
  it('a landmark from the place lists beats the same span that only jieba calls a body', () => {
    expect(surfacesOf('place', '座谈会在人民大会堂举行。')).toContain('人民大会堂');
    expect(surfacesOf('organization', '座谈会在人民大会堂举行。')).not.toContain('人民大会堂');
  });
});
