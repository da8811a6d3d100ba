// Companies: legal and group suffixes, the name reaching left over brand and industry words.
import { describe, expect, it } from 'vitest';
import { surfacesOf } from './helpers.js';

describe('company recogniser', () => {
  it.each([
    ['青石明辉化学股份有限公司投资建设新生产线。', '青石明辉化学股份有限公司'],
    ['其中，云杉智能科技有限公司获评示范工厂。', '云杉智能科技有限公司'],
    ['北辰集团与多家企业签约。', '北辰集团'],
  ])('%s → %s', (text, surface) => {
    expect(surfacesOf('company', text)).toContain(surface);
  });
});
