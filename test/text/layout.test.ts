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

// A page written for this test: bodies with their headlines printed after them and no dateline, a page header,
// a credit closing a body, a picture caption, a feature story after a two-line headline.
const page2 = [
  '柘溪日报　　2026年3月12日　星期四　　第2版',
  '',
  '　　本报讯（通讯员 葛小禾）近日，柘溪县东岭街道人大代表',
  '联络站揭牌运行。',
  '　　据了解，联络站每月第一个周三为接待日。',
  '代表联络站',
  '建在家门口',
  '',
  '　　10日下午，柘溪县委书记施远舟会见了客人。县长',
  '罗青参加会见。（记者 庞小满 通讯员 ',
  '韦丁）',
  '',
  '图片新闻',
  '　　11日，志愿者在社区为老人理发。　本报记者 郝晴 摄',
  '',
  '村村有特色',
  '茶岭村：一片叶子富了一方人',
  '',
  '　　春分前后的茶岭村，茶农们正忙着采摘明前茶。',
  '',
].join('\n');

describe('layoutPage: bodies whose headlines come after them', () => {
  const { articles, headlines } = layoutPage(page2);
  const bodies = articles.map((a) => joinLines(page2, a.lines).text);
  it('opens an article at a lead paragraph after a headline or a blank line, and at a feature after a two-line headline', () => {
    expect(bodies.map((b) => b.slice(0, 6))).toEqual(['本报讯（通讯', '10日下午，', '11日，志愿', '春分前后的茶']);
  });
  it('keeps the page header out of the headlines; short lines right after a finished body are a headline', () => {
    expect(headlines.map((h) => h.lines.map((l) => l.text).join(''))).toEqual(['代表联络站建在家门口', '图片新闻', '村村有特色茶岭村：一片叶子富了一方人']);
  });
});

describe('layoutPage: a box of unindented lines', () => {
  const page3 = [
    '　　本报讯 8日上午，柳川县第九届人民代表大会第三次会议举行预备会议。',
    '预备会议由县人大常委会主任韦守成主持。',
    '',
    '柳川县第九届人民代表大会',
    '第三次会议主席团名单',
    '（共6名，按姓氏笔画为序）',
    '丁立平　马秀云　王德成',
    '石玉林　冯家明　刘桂兰',
    '',
  ].join('\n');
  it('is an article of its own, not the end of the body before it', () => {
    const { articles } = layoutPage(page3);
    const bodies = articles.map((a) => joinLines(page3, a.lines).text);
    expect(bodies.length).toBe(2);
    expect(bodies[0]).not.toContain('丁立平');
    expect(bodies[1]).toContain('主席团名单');
  });
});
