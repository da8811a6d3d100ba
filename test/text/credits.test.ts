// Credits wherever an article prints them (src/text/credits.ts): a table of the forms of Chinese papers and their
// 融媒体 centres, in sentences written for the project (fictional people).
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../src/text/credits.js';
import { extractRecord } from '../../src/extract/page.js';

const credits = (text: string): string[] => findCredits(text).flatMap((b) => b.credits.map((c) => `${c.role}:${c.name}`));
const blocks = (text: string): string[] => findCredits(text).map((b) => text.slice(b.start, b.end));

describe('findCredits', () => {
  it.each([
    ['本报讯（记者 柴立群）3月8日，柳河县召开会议。', ['记者:柴立群']],
    // the newsroom's full name printed apart before the credits, and an author's office before the name
    ['日前，某村召开村民代表大会。\n（柳河县融媒体中心 记者 景一行 通讯员 辛小夷）', ['记者:景一行', '通讯员:辛小夷']],
    ['会议召开，县长出席。\n作者：县政府办 巩立新\n编辑：吴小桐', ['作者:巩立新', '编辑:吴小桐']],
    ['本报讯（记者 柴立群 通讯员 蒲晓燕）3月8日，柳河县召开会议。', ['记者:柴立群', '通讯员:蒲晓燕']],
    ['本报讯（通讯员 蒲晓燕 记者 柴立群）日前，会议召开。', ['通讯员:蒲晓燕', '记者:柴立群']],
    ['本报讯(记者 高峰、文静)昨天，会议召开。', ['记者:高峰', '记者:文静']],
    ['记者 田野 通讯员 欧阳明德 报道：3月8日，县里召开会议。', ['记者:田野', '通讯员:欧阳明德']],
    ['本报讯 记者柴立群报道 3月8日，县里召开会议。', ['记者:柴立群']],
    ['县融媒体中心讯（融媒体记者 扎西多吉 实习生 热依拉·艾山）日前，会议召开。', ['融媒体记者:扎西多吉', '实习生:热依拉·艾山']],
    ['县长主持会议。（融媒体记者 夏天）', ['融媒体记者:夏天']],
    ['会议强调，要抓好落实。（记者 柴立群 通讯员 蒲晓燕）', ['记者:柴立群', '通讯员:蒲晓燕']],
    ['会议强调，要抓好落实。\n编辑 禚文华 校对 宓佳', ['编辑:禚文华', '校对:宓佳']],
    ['文/柴立群 图/蒲晓燕\n3月8日，县里召开会议。', ['文:柴立群', '图:蒲晓燕']],
    ['图为会议现场。记者 柴立群 摄', ['记者:柴立群']],
    ['会议召开。（文/图 司马清扬）', ['文/图:司马清扬']],
    ['本报记者 柴立群\n3月8日，县里召开会议。', ['本报记者:柴立群']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });

  it.each([
    '记者从县委宣传部获悉，全县今年共有二十个项目开工。',
    '记者了解到，全县共有三家企业入选。',
    '县长接受记者采访时表示，要抓好落实。',
    '据了解（记者），此次会议规模较大。',
    '王文华在会上作工作报告，文化和旅游局局长参加会议。',
  ])('finds no credit in %s', (text) => {
    expect(findCredits(text)).toEqual([]);
  });

  it('takes the brackets and a colon after a credit with it', () => {
    expect(blocks('本报讯（记者 柴立群）3月8日，会议召开。')).toEqual(['（记者 柴立群）']);
    expect(blocks('记者 田野 报道：3月8日，会议召开。')).toEqual(['记者 田野 报道：']);
  });

  it('gives each name its offsets', () => {
    const text = '本报讯（记者 柴立群）3月8日';
    const [b] = findCredits(text);
    expect(b?.credits[0]).toEqual({ name: '柴立群', role: '记者', start: 7, end: 10 });
  });
});

describe('credits of web portals and county papers, through the whole record', () => {
  const rec = (text: string): string[] => extractRecord({ id: 't', text }).credits.map((c) => `${c.role}:${c.name}`);
  it.each([
    ['今天上午，柘川区召开推进会。区长钟离远主持会议。\n来源：柘川区融媒体中心\n编辑：雷小舟 校对：卫可', ['编辑:雷小舟', '校对:卫可'], 'a 来源 line before the editors'],
    ['县政府召开座谈会\n来源：沣水县融媒体中心\n融媒体记者 穆清\n1月9日上午，县政府召开座谈会。', ['融媒体记者:穆清'], 'a credit line under the portal fields'],
    ['副县长会见客商\n作者：冬至　来源：澧北区融媒体中心　发布时间：2025-03-28 09:30\n3月27日上午，区委书记勾新成会见了客商。', ['作者:冬至'], '作者 beside 来源 and 发布时间 on one line'],
    ['近日，走进杉岭村果园。\n文/钟灵 图/牟小川\n数字赋能 果香满园', ['文:钟灵', '图:牟小川'], 'a credit line before a headline printed after the body'],
    ['区领导勾新民参加会议。\n（庄晓园 滕一飞）', [':庄晓园', ':滕一飞'], 'names alone in brackets on the last line'],
  ])('%s → %j (%s)', (text, want) => {
    expect(rec(text)).toEqual(want);
  });
  it('words in brackets on the last line are no credit', () => {
    expect(rec('区领导勾新民参加会议。\n（调查研究 深入基层）')).toEqual([]);
  });
});
