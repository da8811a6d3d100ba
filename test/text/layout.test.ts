import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../src/text/layout.js';
import { joinLines } from '../../src/text/join-lines.js';
import { attachHeadlines } from '../../src/text/headline-attach.js';

const page = readFileSync(new URL('../../examples/yunshan-daily-page.txt', import.meta.url), 'utf8');

describe('layoutPage', () => {
  const { articles, headlines } = layoutPage(page);
  const bodies = articles.map((a) => joinLines(page, a.lines).text);

  it('opens one article per byline, with the dateline after it', () => {
    expect(articles.map((a) => a.byline?.reporters.map((r) => r.name))).toEqual([['韩雪松'], ['韩雪松', '沈佳禾'], ['沈佳禾']]);
  });

  it('joins a paragraph continued after a blank line (column break)', () => {
    expect(bodies[0]).toContain('抓好安全生产和民生保障各项工作，确保全年目标任务圆满完成。');
  });

  it('joins names split over two lines and removes letter-spacing', () => {
    expect(bodies[0]).toContain('区长郑启航出席会议并发言');
    expect(bodies[0]).toContain('鹭湖片区领导温海涛');
    expect(bodies[1]).toContain('为新区发展贡献力量添砖加瓦。');
  });

  it('finds the headline blocks, wherever the layout puts them', () => {
    expect(headlines.map((h) => h.lines.map((l) => l.text).join(''))).toEqual([
      '周明远主持召开云杉新区经济工作推进会强调', '聚焦实体经济推动重点项目早见效', '许晓岚郑启航出席并发言',
      '文旅融合迈出新步伐', '新区举行2024年安全生产月启动仪式', '郑启航视频讲话',
    ]);
  });

  it('attaches headlines to their articles by content', () => {
    const owner = attachHeadlines(headlines.map((h) => ({ text: h.lines.map((l) => l.text).join(''), after: h.after })), bodies);
    expect(owner).toEqual([0, 0, 0, 1, 2, 2]);
  });

  it('maps every normalised character back to the same character in the page', () => {
    const m = joinLines(page, articles[0]!.lines);
    for (let i = 0; i < m.text.length; i++) {
      if (m.text[i] === '\n' || m.text[i] === ' ') continue;
      expect(page[m.map[i]!]).toBe(m.text[i]);
    }
  });
});

describe('layoutPage on other layouts', () => {
  it.each([
    ['a page without bylines is one article', '  第一段文字。\n  第二段文字。\n', 1],
    ['datelines without bylines open articles', '  本报讯 第一篇。\n  本报讯 第二篇。\n', 2],
    ['an unindented page with a headline on top', '云杉新区召开会议\n\n今天，云杉新区召开会议。\n会议要求抓好落实。\n', 1],
  ])('%s', (_name, text, n) => {
    expect(layoutPage(text).articles).toHaveLength(n);
  });
});
