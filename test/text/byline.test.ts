import { describe, expect, it } from 'vitest';
import { inlineByline, parseByline } from '../../src/text/byline.js';

describe('parseByline', () => {
  it.each([
    ['□记者 韩雪松 报道', ['韩雪松']],
    ['□本报记者 韩雪松 沈佳禾 欧阳晓晨', ['韩雪松', '沈佳禾', '欧阳晓晨']],
    ['本报记者 甘露 通讯员 贝明哲', ['甘露', '贝明哲']],
    ['记者甘露报道', ['甘露']],
    ['■ 本报记者 乔立新 摄', ['乔立新']],
  ])('%s', (line, names) => {
    expect(parseByline(line, 0)?.reporters.map((r) => r.name)).toEqual(names);
  });

  it.each(['记者会召开', '本报讯 今天上午，会议召开。', '区长 周明远 主持'])('is not a byline: %s', (line) => {
    expect(parseByline(line, 0)).toBeNull();
  });

  it('gives offsets into the page', () => {
    const line = '□记者 韩雪松 报道';
    const b = parseByline(line, 100)!;
    expect(b.reporters[0]).toEqual({ name: '韩雪松', start: 104, end: 107 });
  });

  it('reads a byline inside a dateline', () => {
    const b = inlineByline('本报讯（记者 甘露）4月8日，青禾县召开会议。', 10)!;
    expect(b.reporters).toEqual([{ name: '甘露', start: 17, end: 19 }]);
  });
});
