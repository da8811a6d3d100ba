// A page's running header may name its staff (某某报 2025年1月10日 星期五 第2版 两会特刊 责任编辑：甲 美术编辑：乙): it is
// no article, and its editors wrote none of the articles; the first article keeps its headline. An end credit in
// brackets right after the last sentence (…审议。（甲）) is the article's writers as one on a line of its own is.
// Fictional papers and people.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';

const PAPERS = ['霁川报', '柘源日报', '鹭湖晚报'];
const EDITORS: [string, string][] = [['闻人晓棠', '薄一苇'], ['宓红', '司马青'], ['欧阳晨曦', '乜小娟']];
const WRITERS = ['姬晓峰', '上官慧敏', '邬立新'];

const page = (paper: string, [editor, artist]: [string, string], writer: string): string => [
  `${paper}　　2025年1月10日　星期五　　第2版　要闻　　责任编辑：${editor}　美术编辑：${artist}`,
  '',
  '县政府召开第十八次常务会议',
  '研究部署春季农业生产工作',
  '　　本报讯（记者 鲍雨桐）1月8日下午，县长谭松柏主持召开县',
  '政府第十八次常务会议，研究部署春季农业生产工作。',
  '　　会议强调，要抓好春耕备耕，确保粮食安全。',
  '',
  '县农业农村局开展农技培训',
  '　　1月9日，县农业农村局在檀口镇举办春季农技培训班，',
  `80余名种植大户参加培训。（${writer}）`,
  '',
].join('\n');

describe('a page header with its staff', () => {
  it(`${PAPERS.length} papers × ${EDITORS.length} pairs of editors × ${WRITERS.length} writers`, () => {
    for (const paper of PAPERS) for (const editors of EDITORS) for (const writer of WRITERS) {
      const records = extractPage(page(paper, editors, writer), { source: 'p' });
      expect(records.map((r) => r.title)).toEqual(['县政府召开第十八次常务会议研究部署春季农业生产工作', '县农业农村局开展农技培训']);
      expect(records.map((r) => r.credits.map((c) => `${c.name}:${c.role}`))).toEqual([['鲍雨桐:记者'], [`${writer}:`]]);
    }
  });
});
