// Credits as portals and autonomous-region papers print them: several names after 记者：, names of five or six
// characters of peoples without surnames (乌云毕力格), the newsroom before the credit (某县融媒体中心供稿　记者　甲; （来源：某日报
// 记者 甲）; （某县融媒体中心　甲　乙） with no credit word), a paper's name glued to 记者 where the paper is named after a
// prefecture (某州日报记者 甲), and the source field first on the credits' line (来源：某区委组织部　编辑：甲). Every form ×
// newsroom × names. Fictional newsrooms and people.
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../src/text/credits.js';

const credits = (text: string): string[] => findCredits(text).flatMap((b) => b.credits.map((c) => `${c.name}:${c.role}`));

const ROOMS = ['岗堆县融媒体中心', '阿尔善高勒旗融媒体中心', '潆州日报'];
const NAMES: [string, string][] = [['胡日查', '乌云毕力格'], ['古丽米拉·艾力', '南宫澈'], ['次仁央宗', '晏楚']];

describe('portal and regional credits', () => {
  it(`${ROOMS.length} newsrooms × ${NAMES.length} pairs of names`, () => {
    for (const room of ROOMS) for (const [a, b] of NAMES) {
      const where = `${room} ${a} ${b}`;
      expect(credits(`会议结束。\n来源：${room}\n记者：${a}　${b}\n编辑：娜仁`), where).toEqual([`${a}:记者`, `${b}:记者`, '娜仁:编辑']);
      expect(credits(`会议结束。\n（${room}供稿　记者　${a}）`), where).toEqual([`${a}:记者`]);
      expect(credits(`会议结束。\n（来源：${room}　记者　${a}）`), where).toEqual([`${a}:记者`]);
      expect(credits(`会议结束。\n（${room}　${a}　${b}）`), where).toEqual([`${a}:`, `${b}:`]);
      expect(credits(`会议结束。\n来源：${room}　编辑：${b}`), where).toEqual([`${b}:编辑`]);
    }
  });
  it('a paper named after a prefecture, glued to 记者', () => {
    for (const paper of ['潆州日报', '尔曲州日报', '鹭湖市日报']) {
      expect(credits(`交流。\n（${paper}记者 南宫澈　通讯员 晏楚）`), paper).toEqual(['南宫澈:记者', '晏楚:通讯员']);
    }
  });
  it('a source line with no credit after it credits no one', () => {
    expect(credits('来源：新华社　记者会上，他说。')).toEqual([]);
    expect(credits('会议结束。\n（岗堆县融媒体中心供图）')).toEqual([]);
  });
});

describe('township posts\' credits', () => {
  const OFFICES = ['拉吉乡党政办', '城东街道', '枫溪镇'];
  const WRITERS: [string, string][] = [['吉克阿果', '潘鑫'], ['蒋小满', '马海伍各'], ['罗依依', '欧阳晨']];
  it(`${OFFICES.length} offices × ${WRITERS.length} pairs of writers`, () => {
    for (const office of OFFICES) for (const [a, b] of WRITERS) {
      const where = `${office} ${a} ${b}`;
      expect(credits(`会议结束。\n（${office}　${a}）`), where).toEqual([`${a}:`]);
      expect(credits(`会议结束。\n（${a} ${b}）\n来源：${office}\n编辑：田甜`), where).toEqual([`${a}:`, `${b}:`, '田甜:编辑']);
      expect(credits(`会议结束。\n（昆岗县融媒体中心通讯员　${a}　${b}）`), where).toEqual([`${a}:通讯员`, `${b}:通讯员`]);
    }
  });
  it('a town and a village in brackets inside the text are no credit', () => {
    expect(credits('会议在柘湾镇（柘湾镇 杨家村）召开。随后参观。')).toEqual([]);
  });
});
