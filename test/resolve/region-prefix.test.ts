import { describe, expect, it } from 'vitest';
import { barePrefix, expandRegionPrefix, isGlobalName } from '../../src/resolve/region-prefix.js';
import { articleId, edgeDiscriminator, edgeId, entityId, meetingId } from '../../src/graph/ids.js';

describe('region prefixes', () => {
  it.each([
    ['县商务局', ['云溪县', '石门镇'], '云溪县商务局'],
    ['镇党委', ['云溪县', '石门镇'], '石门镇党委'],
    ['街道办事处', ['青禾街道'], '青禾街道办事处'],
    ['县商务局', ['云溪县', '松川县'], null],
    ['县商务局', [], null],
    ['商务局', ['云溪县'], null],
    ['县', ['云溪县'], null],
    ['新区党工委', ['云杉新区', '松川区'], '云杉新区党工委'],
    ['区委', ['云杉新区'], '云杉新区委'],
  ])('%s with places %j → %s', (name, places, expected) => {
    expect(expandRegionPrefix(name, places)).toBe(expected);
  });

  it.each([
    ['区委', '区'], ['街道办', '街道'], ['云溪县委', null], ['市', null],
  ])('barePrefix(%s) = %s', (name, expected) => expect(barePrefix(name)).toBe(expected));

  it.each([
    ['云溪县委', '中共云溪县委员会', true],
    ['发改委', '国家发展和改革委员会', true],
    ['县商务局', '云溪县商务局', false],
    ['商务局', '云溪县商务局', false],
    ['云溪县商务局', '云溪县商务局', true],
  ])('isGlobalName(%s, %s) = %s', (name, canonical, expected) => expect(isGlobalName(name, canonical)).toBe(expected));
});

describe('ids', () => {
  it.each([
    [entityId('Person', ' 柯 婉 '), 'person:柯婉'],
    [entityId('Organization', '云溪县商务局'), 'org:云溪县商务局'],
    [entityId('Company', 'ＡＢＣ科技有限公司'), 'company:ABC科技有限公司'],
    [entityId('Place', '云溪县'), 'place:云溪县'],
    [meetingId('《云溪县委务虚会》', '2026-04-10'), 'meeting:云溪县委务虚会@2026-04-10'],
    [meetingId('党代会', null), 'meeting:党代会@undated'],
    [articleId('a1b2'), 'article:a1b2'],
    [edgeId('ATTENDED', 'person:甲', 'meeting:会@2026-01-01'), 'ATTENDED|person:甲|meeting:会@2026-01-01'],
    [edgeId('HOLDS_POSITION', 'person:甲', 'org:乙', '书记'), 'HOLDS_POSITION|person:甲|org:乙|书记'],
  ])('%s', (got, expected) => expect(got).toBe(expected));

  it('recovers the discriminator of an edge id', () => {
    const id = edgeId('RECOGNIZED', 'org:a|b', 'company:c', '示范工厂@2026');
    expect(edgeDiscriminator(id, 'RECOGNIZED', 'org:a|b', 'company:c')).toBe('示范工厂@2026');
    expect(edgeDiscriminator('WROTE|p|a', 'WROTE', 'p', 'a')).toBe('');
  });
});
