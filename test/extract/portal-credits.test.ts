// Credits as district portals and WeChat accounts print them, found on blind writers' articles: the newsroom's name
// glued to any credit word on the body's first line (某区融媒体中心全媒体记者 甲), the writers' work after their names
// (（记者 甲 文/图）), a source and its credits parted by ｜, a traditional page's 記者：/編輯： lines, a body credited
// for the pictures (图：区妇联: no writer), and a writer credited twice (byline and caption: one writer). Every form ×
// names of every shape. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const NAMES: [string, string][] = [['牟思远', '甘棠'], ['曲木伍各', '上官晓'], ['石榴', '谷雨'], ['陆远帆', '尉迟敏'], ['热依拉·艾山', '白玛']];
const BODY = '2月27日，区委书记庹建国主持召开区委常委会第五十二次会议。区委常委单于晗出席会议。';
const FORMS: [name: string, print: (x: string, y: string) => string, credited: (x: string, y: string) => string[]][] = [
  ['newsroom glued to 全媒体记者 on a line of its own', (x) => `澜口区融媒体中心全媒体记者 ${x}\n${BODY}`, (x) => [x]],
  ['the writers\' work after their names', (x) => `${BODY}\n（记者 ${x} 文/图）`, (x) => [x]],
  ['a source and its credits parted by ｜', (x, y) => `${BODY}\n来源：青岑区融媒体中心｜记者 ${x} 摄影 ${y}\n编辑：秦朗`, (x, y) => [x, y, '秦朗']],
  ['a picture credited to a body', (x, y) => `${BODY}\n文：${x}　图：区妇联\n编辑：${y}`, (x, y) => [x, y]],
  ['a writer credited in the byline and under a picture', (x, y) => `本报讯（记者 ${x} 通讯员 ${y}）${BODY}\n图为会议现场。（记者 ${x} 摄）`, (x, y) => [x, y]],
];

describe('portal credits, whatever the names', () => {
  for (const [name, print, credited] of FORMS) {
    it(name, () => {
      for (const [x, y] of NAMES) {
        const text = print(x, y);
        const r = extractRecord({ id: 't', text, date: '2025-02-28' });
        expect(r.reporters, text).toEqual(credited(x, y));
        const attendees = r.meetings.flatMap((m) => m.attendees.map((a) => a.person));
        for (const c of credited(x, y)) expect(attendees, text).not.toContain(c);
      }
    });
  }

  it('a traditional page\'s credit lines (記者：, 編輯：, 審核：)', () => {
    for (const [x, y] of [['陸遠帆', '甘棠'], ['歐陽曉', '東方瑾'], ['鍾承翰', '蕭德勝']] as const) {
      const text = `7月5日上午，兩岸青年書畫交流展在青岑區美術館開幕。區委副書記、區長歐陽振川致辭。\n來源：青岑區融媒體中心\n記者：${x}\n編輯：${y}\n審核：尉遲敏`;
      const r = extractRecord({ id: 't', text, date: '2025-07-06' });
      expect(r.reporters.length, text).toBe(3);
      expect(r.credits.map((c) => c.role), text).toEqual(['记者', '编辑', '审核']);
    }
  });
});
