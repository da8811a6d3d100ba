// Credits as traditional-character outlets, Taiwan's and Hong Kong's papers, portals' field lines and transcripts
// print them (writers x, y and z of 6 December 2026), each probed with other names and places. Fictional.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const credits = (text: string): string[] =>
  extractRecord({ id: 't', text, date: '2025-05-12' }).credits.map((c) => `${c.name}:${c.role}`).sort();

const NAMES: readonly (readonly [string, string])[] = [['王建國', '王建国'], ['慕容思遠', '慕容思远'], ['區浩然', '区浩然'], ['謝佳穎', '谢佳颖']];
const PLACES = ['竹嵐', '雲岫', '台北', '翠灣'];
const BODY = '縣長葉芳如今日上午主持動土典禮，副縣長蕭文彬出席。';

describe('a report filed from a place: 記者 甲／某地報導', () => {
  it(`in 〔〕, 【】 or on a line of its own, 報導 or 報道 (${NAMES.length} names × ${PLACES.length} places)`, () => {
    for (const [name, simplified] of NAMES) for (const place of PLACES) {
      for (const text of [`〔記者${name}／${place}報導〕${BODY}`, `【記者${name}／${place}報導】${BODY}`, `記者 ${name}／${place}報道\n${BODY}`]) {
        expect(credits(text), text).toEqual([`${simplified}:记者`]);
      }
    }
  });

  it('a byline on a line of its own in traditional characters, and a bracketed dateline before a byline', () => {
    for (const [name, simplified] of NAMES) {
      expect(credits(`本報記者 ${name}\n${BODY}`)).toEqual([`${simplified}:本报记者`]);
      expect(credits(`【本報訊】記者${name}報道：${BODY}`)).toEqual([`${simplified}:记者`]);
      expect(credits(`圖／文：記者 ${name}\n${BODY}`)).toEqual([`${simplified}:记者`]);
    }
  });
});

describe('what the writer did, and the writer\'s job', () => {
  // (writers disagree here: y credits 文：本报记者 甲 to 文, w and r credit 文/本报记者 甲 and 文/图 融媒体记者 甲 to the job;
  // kg keeps the job, the word nearest the name)
  it('文/本报记者 甲　图/本报记者 乙 and 文/图 融媒体记者 甲 credit the job', () => {
    for (const [a, b] of [['祁雨', '尚可'], ['高远航', '欧阳明德']]) {
      expect(credits(`文/本报记者 ${a}  图/本报记者 ${b}\n副县长贺兰芷昨日出席开幕式。`)).toEqual([`${a}:本报记者`, `${b}:本报记者`].sort());
      expect(credits(`副县长贺兰芷昨日出席开幕式。\n文/图 融媒体记者 ${a}`)).toEqual([`${a}:融媒体记者`]);
    }
  });

  it('a county paper\'s dateline (某地讯) before its byline', () => {
    for (const place of ['梧冈', '鹿岭', '青禾县']) {
      expect(credits(`${place}讯 记者 卜凡 通讯员 蓝天 报道 4月18日上午，县人代会开幕。`)).toEqual(['卜凡:记者', '蓝天:通讯员']);
    }
  });
});

describe('portal lines and transcripts', () => {
  it('a reporter given the floor in a transcript (某报记者　甲：) writes nothing of the article', () => {
    for (const [outlet, name] of [['梅江日报', '庄晓梦'], ['青禾县融媒体中心', '莫小鸥'], ['鹿岭广播电视台', '钟离远']]) {
      const text = `主持人　贝兆华：\n下面进入提问环节。\n${outlet}记者　${name}：\n请问局长，下一步有什么打算？\n令狐晴：\n谢谢提问。\n文字整理：岳青青　　责任编辑：汤圆`;
      expect(credits(text), text).toEqual(['岳青青:文字整理', '汤圆:责任编辑'].sort());
    }
  });

  it('a unit that supplied the article, and the time fields before an editor, are no writers', () => {
    for (const unit of ['栗木桥镇党政综合办公室供稿', '（县人民政府办公室供稿）', '县委宣传部供稿']) {
      const text = `6月9日，栗木桥镇召开党委会议。\n${unit}　　责任编辑：宁静`;
      expect(credits(text), text).toEqual(['宁静:责任编辑']);
    }
    const portal = '来源：洛果县人民政府网　　发布时间：2025-07-15 08:40　　编辑：杨二妹\n7月14日，洛果县召开签约仪式。';
    expect(credits(portal)).toEqual(['杨二妹:编辑']);
  });
});
