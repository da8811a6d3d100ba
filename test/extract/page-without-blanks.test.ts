// A page that prints its articles one after another with no blank line between them: a headline printed before its body
// (县政协召开某某协商会 | 　　9月25日，…) or before its byline (□本报记者 甲) opens the next article, and each item of a brief
// column (■9月24日，…。（甲）) is an article of its own. Every paper × headline × reporters. Fictional papers and people.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';

const PAPERS = ['岚溪报', '柘源日报'];
const HEADLINES = ['县政协召开“推进和美乡村建设”专题协商会', '柘湾镇召开秋季森林防火工作部署会'];
const WRITERS: [string, string, string][] = [['韩冰', '石磊', '梅朵'], ['左丘明月', '欧阳晨', '谷雨'], ['乜小娟', '阿说木且', '蓝天']];

const page = (paper: string, headline: string, [a, b, c]: [string, string, string]): string => [
  `${paper}　　2025年9月26日　星期五　　第2版　　要闻`,
  '县政府召开第四十二次常务会议',
  `　　本报讯（记者 ${a}）9月24日，县长谭振楚主持召开县人民`,
  '政府第四十二次常务会议，研究秋粮收购工作。',
  '　　副县长亓宏伟、佘海燕出席会议。',
  '聚力乡村振兴',
  '鹤鸣镇召开驻村第一书记座谈会',
  `□本报记者 ${b}`,
  '　　9月23日下午，鹤鸣镇召开驻村第一书记座谈会，镇党委',
  '书记诸葛晴主持并讲话。',
  headline,
  '　　9月25日，县政协召开月度专题协商会。县政协主席覃月',
  `华主持并讲话。（${c}）`,
  '简　讯',
  '■9月24日，副县长佘海燕主持召开全县秋冬季森林防火工',
  `作调度会。县林业局局长林海通报了近期森林火险情况。（${c}）`,
  '■9月22日，檀树湾镇鱼梁村党群服务中心揭牌。村党支部书',
  `记符小娟介绍了中心运行管理制度。（${a}）`,
].join('\n');

describe('a page without blank lines between its articles', () => {
  it(`${PAPERS.length} papers × ${HEADLINES.length} headlines × ${WRITERS.length} sets of writers`, () => {
    for (const paper of PAPERS) for (const headline of HEADLINES) for (const writers of WRITERS) {
      const [a, b, c] = writers;
      const records = extractPage(page(paper, headline, writers), { source: 'p' });
      const where = `${paper} ${headline} ${writers.join(' ')}`;
      expect(records.map((r) => r.title), where).toEqual(['县政府召开第四十二次常务会议', '聚力乡村振兴鹤鸣镇召开驻村第一书记座谈会', headline, null, null]);
      expect(records.map((r) => r.reporters), where).toEqual([[a], [b], [c], [c], [a]]);
      expect(records[3]?.meetings.find((m) => m.reported)?.attendees.map((x) => x.person), where).toEqual(['佘海燕', '林海']);
    }
  });
});
