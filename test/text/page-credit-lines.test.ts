// Where a line of credits belongs on a page: under a finished body, with a blank line (or the body's own headline
// and a blank line) after it, it closes that body; with the next body right under it, it opens that one. And where
// an article begins without a date: under a one-line headline set apart by a blank line, or after a notice's
// signature. Every layout × credit form × names of every shape; fictional counties and people.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';

const NAMES: [string, string][] = [['万紫', '赖春华'], ['欧阳明远', '卜立新'], ['田野', '汤圆'], ['扎西多吉', '钭晓丽'], ['宓红', '司马青']];
const COUNTIES = ['澄溪县', '鹤岭县', '柘源县'];

/** Credit lines printed alone under a body: the names they credit. */
const CLOSING: ((a: string, b: string) => string)[] = [
  (a, b) => `本报记者　${a}　　通讯员　${b}`,
  (a, b) => `（记者　${a}　通讯员　${b}）`,
  (a, b) => `（通讯员　${a}　${b}）`,
];

const first = (c: string): string => `　　3月14日上午，${c}优化营商环境推进会召开。县委书记郑启航出席会议并讲话，县长温海涛主持会议。\n　　县领导龚德润、阮秋生出席会议。`;
const second = (c: string): string => `县政协召开民营企业家座谈会\n　　本报讯　3月13日，${c}政协召开民营企业家座谈会。县政协主席许晓岚主持并讲话。`;

/** Each article's reporters, in page order. */
function reportersOf(page: string): string[][] {
  return extractPage(page, { source: 'p.txt' }).map((r) => r.reporters);
}

describe('a line of credits under a finished body', () => {
  CLOSING.forEach((credit, k) => {
    it(`closes that body when a blank line follows it, form ${k + 1} (${NAMES.length} pairs × ${COUNTIES.length} counties)`, () => {
      const wrong: string[] = [];
      for (const [a, b] of NAMES) for (const c of COUNTIES) {
        const page = `澄溪报　2024年3月15日　星期五　第2版\n\n以一流营商环境护航高质量发展\n${first(c)}\n${credit(a, b)}\n\n${second(c)}\n（通讯员　晁丽娜）\n`;
        const got = reportersOf(page);
        if (JSON.stringify(got) !== JSON.stringify([[a, b], ['晁丽娜']])) wrong.push(`${a} ${b} ${c}: ${JSON.stringify(got)}`);
      }
      expect(wrong.join('\n')).toBe('');
    });
  });

  it('closes it before the body\'s own headline printed after it and a blank line', () => {
    for (const [a, b] of NAMES) {
      const page = `　　10月29日上午，青岚县老年大学书画作品展在县文化馆开展。县委常委、宣传部部长庹玉成出席开展仪式。\n　　（记者 ${a}）\n县老年大学重阳书画展开展\n\n　　10月28日，县关工委召开助学工作座谈会。县关工委主任滕有根主持会议。\n　　（通讯员 ${b}）\n`;
      expect(reportersOf(page), page).toEqual([[a], [b]]);
    }
  });

  it('opens the next body when that body is right under it (a byline printed before its body)', () => {
    for (const [a, b] of NAMES) {
      const page = `${first('澄溪县')}\n（通讯员　晁丽娜）\n\n通讯员　${a}\n　　3月12日，枫坪镇召开春耕生产工作部署会。镇党委书记庹永刚主持会议。\n\n本报记者　${b}\n　　3月13日，鹤源乡召开述职评议会。乡党委书记皮晓东主持会议。\n`;
      expect(reportersOf(page), page).toEqual([['晁丽娜'], [a], [b]]);
    }
  });
});

describe('an article that begins without a date', () => {
  it('under a one-line headline set apart by a blank line', () => {
    for (const [a, b] of NAMES) for (const c of COUNTIES) {
      const page = `　　${c}议会第二届第四次临时会昨日开议，议长郑国雄主持。\n\n北寮首座综合长照中心启用\n　　北寮乡首座综合长照服务中心昨日举行开幕典礼，县长叶芳如、社会处长辜美娟共同剪彩。\n（记者${a}）\n\n记者${b}／竹岚报导\n　　溪埔镇公所昨日召开第三季里长座谈会，镇长庄明德主持。\n`;
      const records = extractPage(page, { source: 'p.txt' });
      expect(records.map((r) => r.reporters), page).toEqual([[], [a], [b]]);
      expect(records[1]?.headlines, page).toEqual(['北寮首座综合长照中心启用']);
    }
  });

  it('after a notice\'s signature and a blank line', () => {
    for (const [a] of NAMES) for (const c of COUNTIES) {
      const page = `中共${c}委组织部干部任前公示\n　　根据有关规定，经县委研究，现将拟任职干部予以公示：\n　　公示时间：2025年4月24日至4月30日。举报电话：12380\n　　中共${c}委组织部　2025年4月23日\n\n　　原${c}人大常委会主任单立本同志，因病于2025年4月19日逝世，享年79岁。4月22日，单立本同志遗体告别仪式在${c}殡仪馆举行。（记者 ${a}）\n单立本同志遗体告别仪式举行\n`;
      const records = extractPage(page, { source: 'p.txt' });
      expect(records.map((r) => r.reporters), page).toEqual([[], [a]]);
      expect(records.map((r) => r.headlines), page).toEqual([[`中共${c}委组织部干部任前公示`], ['单立本同志遗体告别仪式举行']]);
    }
  });
});
