// The formal and the short names of a party committee's plenary session give one key (src/extract/relate/plenum-key.ts).
import { describe, expect, it } from 'vitest';
import { plenumKey } from '../../src/extract/relate/plenum-key.js';

describe('plenumKey', () => {
  it.each([
    ['中国共产党蒲川区第七届委员会第五次全体会议', '区|七|五'],
    ['区委七届五次全会', '区|七|五'],
    ['中共蒲川区委第七届第五次全体会议', '区|七|五'],
    ['中共柘原县委十四届八次全会', '县|十四|八'],
  ])('%s → %s', (name, key) => {
    expect(plenumKey(name)).toBe(key);
  });
  it('other meetings have none', () => {
    expect(plenumKey('区委农村工作会议')).toBeNull();
    expect(plenumKey('蒲川区第七届人民代表大会第五次会议')).toBeNull();
  });
});
