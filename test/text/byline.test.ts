import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/text/byline.js';

describe('parseByline', () => {
  it.each([
    ['□记者 韩雪松 报道', ['韩雪松']],
    ['□本报记者 韩雪松 沈佳禾 欧阳晓晨', ['韩雪松', '沈佳禾', '欧阳晓晨']],
    ['本报记者 甘露 通讯员 贝明哲', ['甘露', '贝明哲']],
    ['记者甘露报道', ['甘露']],
    ['■ 本报记者 乔立新 摄', ['乔立新']],
    ['【融媒体记者 田野 实习生 阿依努尔·托乎提】', ['田野', '阿依努尔·托乎提']],
  ])('%s', (line, names) => {
    expect(parseByline(line, 0)?.reporters.map((r) => r.name)).toEqual(names);
  });

  it.each(['记者会召开', '本报讯 今天上午，会议召开。', '区长 周明远 主持', '记者从县委宣传部获悉', '记者了解到'])('is not a byline: %s', (line) => {
    expect(parseByline(line, 0)).toBeNull();
  });

  it('gives offsets into the page and the credit word', () => {
    const line = '□记者 韩雪松 报道';
    const b = parseByline(line, 100)!;
    expect(b.reporters[0]).toEqual({ name: '韩雪松', role: '记者', start: 104, end: 107 });
  });
});
