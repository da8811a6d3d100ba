import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlTitle, looksLikeHtml, stripHtml } from '../../src/text/html.js';
import { toSource } from '../../src/text/offset-map.js';

const ARTICLE = readFileSync(join(import.meta.dirname, '../fixtures/io/article.html'), 'utf8');

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>正文</body></html>', true],
    ['  <html lang="zh">正文</html>', true],
    ['<p>区委书记周明远出席会议。</p><p>会议强调。</p>', true],
    ['第一段<br>第二段<br/>第三段', true],
    ['本报讯 青禾区召开推进会。\n区委书记周明远出席会议。', false],
    ['《青禾日报》<<内部资料>> a < b > c', false],
    ['只有一个<p>标签', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('stripHtml', () => {
  it.each([
    ['<p>甲</p><p>乙</p>', '甲\n乙'],
    ['<div><p>甲</p></div>\n\n<div>乙<br>丙</div>', '甲\n乙\n丙'],
    ['甲&amp;乙&lt;丙&gt;', '甲&乙<丙>'],
    ['&#27700;&#x4e00;&#X4E8C;', '水一二'],
    ['&#x20BB7;', '𠮷'],
    ['a&nbsp;b &copy 2023', 'a\u00a0b © 2023'],
    ['&unknown; &amp &foo', '&unknown; & &foo'],
    ['&#0;', '\uFFFD'],
    ['<!-- 注释 -->正文<!-- 未闭合', '正文'],
    ['<script>var s = "<p>x</p>";</script>正文<style>p{}</style>', '正文'],
    ['<head><title>标题</title></head><body>正文</body>', '正文'],
    ['<head><meta charset="utf-8"><body>正文</body>', '正文'],
    ['<a href="x>y" title=\'<b>\'>链接</a>文字', '链接文字'],
    ['区委书记\n    周明远', '区委书记周明远'],
    ['河湾镇 乡村振兴', '河湾镇 乡村振兴'],
    ['Qinghe   District\n government', 'Qinghe District government'],
    ['<p>  前后空白  </p>', '前后空白'],
    ['<table><tr><td>姓名</td><td>职务</td></tr><tr><td>周明远</td><td>书记</td></tr></table>', '姓名 职务\n周明远 书记'],
    ['<tr>\n  <td>姓名</td>\n  <td>职务</td>\n</tr>', '姓名 职务'],
    ['a < b 且 c>d', 'a < b 且 c>d'],
    ['<svg><text>图</text></svg>正文<img src="x.png"/>', '正文'],
  ])('%j → %j', (html, expected) => {
    expect(stripHtml(html).text).toBe(expected);
  });

  it('maps an entity to its "&" and a block break to its tag', () => {
    const html = '<p>甲&amp;乙</p><p>丙</p>';
    const m = stripHtml(html);
    expect(m.text).toBe('甲&乙\n丙');
    expect([...m.map]).toEqual([3, 4, 9, 10, 17, html.length]);
  });

  it('keeps every visible character of the fixture at its place in the original', () => {
    const m = stripHtml(ARTICLE);
    expect(m.text).toBe(
      '首页\n青禾区召开营商环境推进会\n本报讯\u00a0（记者林晓东）12月6日，青禾区召开推进会。\n' +
        '区委书记周明远出席会议并讲话，区长韩立新主持会议。\n“营商环境”&<高质量发展>水平\n河湾镇\n石桥街道',
    );
    expect(m.map.length).toBe(m.text.length + 1);
    for (let i = 0; i < m.text.length; i++) {
      const at = m.map[i] as number;
      const ch = m.text[i] as string;
      if (ARTICLE[at] === '&') continue; // entities map to their '&'
      if (ch === '\n') expect(ARTICLE[at]).toBe('<');
      else expect(ARTICLE[at]).toBe(ch);
    }
  });

  it.each(['青禾区召开推进会', '区委书记周明远出席会议并讲话', '区长韩立新主持会议', '石桥街道'])(
    'a visible phrase maps back to the same phrase in the original: %s',
    (phrase) => {
      const m = stripHtml(ARTICLE);
      const start = m.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      const span = toSource(m, start, start + phrase.length);
      expect(ARTICLE.slice(span.start, span.end)).toBe(phrase);
    },
  );

  it('maps a span across an entity and a line break onto the original markup', () => {
    const m = stripHtml(ARTICLE);
    const start = m.text.indexOf('（记者林');
    const span = toSource(m, start, start + 5);
    expect(ARTICLE.slice(span.start, span.end)).toBe('（记者&#x6797;晓');
  });
});

describe('htmlTitle', () => {
  it.each([
    [ARTICLE, '青禾区召开营商环境推进会 — 青禾新闻网'],
    ['<body><h1 class="t">河湾镇 <em>乡村振兴</em>\n工作会</h1><p>正文</p></body>', '河湾镇 乡村振兴工作会'],
    ['<title>  </title><h1>备用标题</h1>', '备用标题'],
    ['<p>没有标题</p>', null],
  ])('%#', (html, expected) => {
    expect(htmlTitle(html)).toBe(expected);
  });
});
