import { describe, it, expect } from 'vitest';
import { getLexicon } from '../../src/lexicon/lexicon.js';
import { givenNameScore, surnameAt } from '../../src/lexicon/name-helpers.js';
import { sourceOf } from '../../src/lexicon/tables.js';

const lexicon = getLexicon();

describe('getLexicon', () => {
  it('is loaded once and shared', () => {
    expect(getLexicon()).toBe(lexicon);
  });

  const surnames: [string, boolean, boolean][] = [
    ['欧阳', true, true], ['司马', true, true], ['诸葛', true, true], ['王', false, true], ['逯', false, false], ['亓', false, false],
  ];
  it.each(surnames)('surname %s: compound %s, common %s', (s, compound, common) => {
    const e = lexicon.surnames.byWord.get(s);
    expect(e).toBeDefined();
    expect(e?.compound).toBe(compound);
    expect(e?.common).toBe(common);
  });

  it('lists compound surnames and prefers them at a position', () => {
    expect(lexicon.compoundSurnames).toContain('上官');
    expect(surnameAt(lexicon, '由欧阳明远主持', 1)?.surname).toBe('欧阳');
    expect(surnameAt(lexicon, '由欧明远主持', 1)?.surname).toBe('欧');
  });

  const titles: [string, string, boolean][] = [['书记', 'party', false], ['副区长', 'government', true], ['区委副书记', 'party', true], ['董事长', 'enterprise', false], ['记者', 'media', false]];
  it.each(titles)('title %s is %s (deputy %s)', (t, kind, deputy) => {
    expect(lexicon.titles.byWord.get(t)).toMatchObject({ kind, deputy });
  });

  it('ranks a post above its deputy', () => {
    const rank = (t: string) => lexicon.titles.byWord.get(t)?.rank ?? 0;
    expect(rank('书记')).toBeGreaterThan(rank('副书记'));
    expect(rank('区长')).toBeGreaterThan(rank('副区长'));
  });

  const verbs: [string, string][] = [['主持', 'PRESIDED'], ['致辞', 'SPOKE'], ['列席', 'ATTENDED'], ['视频讲话', 'VIDEO_SPEECH'], ['强调', 'STATE'], ['会见', 'HOST'], ['调研', 'VISIT'], ['担任', 'NONE']];
  it.each(verbs)('person verb %s → %s', (v, role) => {
    expect(lexicon.personVerbs.byWord.get(v)?.role).toBe(role);
  });

  const orgs: [string, number, string, string][] = [
    ['区商务局', 4, '局', 'bureau'], ['市发展和改革委员会', 9, '委员会', 'committee'], ['高新区管委会', 6, '管委会', 'committee'],
    ['区人民政府', 5, '人民政府', 'government'], ['某某街道办事处', 7, '街道办事处', 'street'], ['区人大常委会', 6, '人大常委会', 'legislature'],
  ];
  it.each(orgs)('org suffix of %s', (text, end, suffix, kind) => {
    const m = lexicon.orgSuffixes.suffix.longestSuffixEndingAt(text, end);
    expect(m?.value).toMatchObject({ suffix, kind });
  });

  it('company suffixes: the longest legal form', () => {
    expect(lexicon.companySuffixes.suffix.suffixOf('云溪智能装备股份有限公司')?.value.suffix).toBe('股份有限公司');
  });

  const aliases: [string, string][] = [['工信部', '工业和信息化部'], ['发改委', '国家发展和改革委员会'], ['国资委', '国务院国有资产监督管理委员会'], ['央行', '中国人民银行'], ['中纪委', '中央纪律检查委员会']];
  it.each(aliases)('org alias %s → %s', (alias, canonical) => {
    expect(lexicon.orgAliases.byWord.get(alias)?.canonical).toBe(canonical);
  });

  it('has a hundred or more org aliases', () => {
    expect(lexicon.orgAliases.entries.length).toBeGreaterThanOrEqual(100);
  });

  it('meeting kinds by longest suffix', () => {
    expect(lexicon.meetingKinds.suffix.suffixOf('区政府第十次常务会议')?.value.kind).toBe('常务会议');
    expect(lexicon.meetingKinds.suffix.suffixOf('项目集中开工仪式')?.value.kind).toBe('仪式');
  });

  it('countries with short forms and canonical names', () => {
    expect(lexicon.countries.byWord.get('美国')).toMatchObject({ kind: 'country', short: '美', canonical: '美国' });
    expect(lexicon.countries.byWord.get('美利坚合众国')?.canonical).toBe('美国');
    expect(lexicon.countries.byWord.get('伦敦')?.kind).toBe('city');
    expect(lexicon.countries.byWord.get('中东')?.kind).toBe('region');
  });

  it('translit chars', () => {
    for (const c of '马克龙默克尔') expect(lexicon.translitChars.has(c)).toBe(true);
    expect(lexicon.translitChars.has('的')).toBe(false);
  });

  it('says where an entry comes from', () => {
    const e = lexicon.titles.byWord.get('书记');
    expect(sourceOf('titles', e?.line ?? 0)).toMatch(/^dictionaries\/titles\.tsv:\d+$/);
  });
});

describe('gazetteer', () => {
  const { gazetteer } = lexicon;
  const rows: [string, string, string][] = [
    ['杭州市', '杭州', 'city'], ['西湖区', '西湖', 'district'], ['城关镇', '城关', 'town'], ['东华门街道', '东华门', 'street'],
    ['广西壮族自治区', '广西', 'autonomous-region'], ['内蒙古自治区', '内蒙古', 'autonomous-region'], ['延边朝鲜族自治州', '延边', 'autonomous-prefecture'],
    ['浦东新区', '浦东', 'new-area'], ['山东省', '山东', 'province'], ['北京市', '北京', 'municipality'],
  ];
  it.each(rows)('%s has short %s and kind %s', (name, short, kind) => {
    const entries = gazetteer.byName.get(name) ?? [];
    expect(entries.some((e) => e.short === short && e.kind === kind)).toBe(true);
    expect(gazetteer.byShort.get(short)?.some((e) => e.name === name)).toBe(true);
  });

  it('links a division to its parent', () => {
    const huangdao = gazetteer.byName.get('黄岛区')?.[0];
    expect(huangdao && gazetteer.parentOf(huangdao)?.name).toBe('青岛市');
    const qingdao = gazetteer.byName.get('青岛市')?.[0];
    expect(qingdao && gazetteer.parentOf(qingdao)?.name).toBe('山东省');
  });

  it('has no short form shorter than two characters', () => {
    expect(gazetteer.entries.every((e) => e.short === '' || e.short.length >= 2)).toBe(true);
    expect(gazetteer.byName.get('东区')?.[0]?.short).toBe('');
  });

  it('matches names and short forms in text', () => {
    const m = gazetteer.trie.longestMatchAt('青岛市黄岛区召开会议', 0);
    expect(m?.end).toBe(3);
    expect(m?.value.some((h) => h.entry.name === '青岛市' && h.form === 'name')).toBe(true);
    const s = gazetteer.trie.longestMatchAt('黄岛召开会议', 0);
    expect(s?.value.some((h) => h.entry.name === '黄岛区' && h.form === 'short')).toBe(true);
    expect(gazetteer.suffixTrie.longestSuffixEndingAt('来到东华门街道', 7)?.start).toBe(2);
  });
});

describe('given-name character statistics', () => {
  it('伟 is much more a given-name character than 的', () => {
    expect(givenNameScore(lexicon, '伟')).toBeGreaterThan(givenNameScore(lexicon, '的') + 3);
    expect(lexicon.nameChars.get('伟')?.given2).toBeGreaterThan(10);
  });

  const names: string[] = ['华', '明', '丽', '军', '斌'];
  it.each(names)('%s scores as a name character', (c) => {
    expect(givenNameScore(lexicon, c)).toBeGreaterThan(0);
  });

  const words: string[] = ['了', '是', '在', '的'];
  it.each(words)('%s scores against', (c) => {
    expect(givenNameScore(lexicon, c)).toBeLessThan(0);
  });
});
