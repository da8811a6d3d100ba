// Local news of the autonomous regions: a Mongolian, Tibetan or Yi name whose parts minority-name-parts.tsv lacks, right
// after a post (监委主任那木吉拉，, 局长其其格汇报); a banner, county or village whose transcribed name jieba cut into
// unknown words (阿尔善/x 高勒旗/x, 巴润/x 萨拉/nrt 旗) and the Mongolian village level 嘎查; a surname-like character before
// a division's level is no name (向嘎查、社区, 高勒县召开). (A name that begins with a common Han surname, 苏德那木, is left
// to the scorer: such a first character more often begins a Han name and what follows it.) Fictional names and places.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const NAMES = ['那木吉拉', '泽仁邓珠', '阿说木且', '海来阿依', '格绒彭措'];
const POSTS = ['旗委常委、纪委书记、监委主任', '县委副书记、县长', '副县长', '州应急管理局局长'];
const ACTS = ['出席会议。', '主持会议并讲话。', '汇报了工作情况。'];

const entities = (text: string, type: string): string[] =>
  extractRecord({ id: 't', text, date: '2025-05-20' }).entities.filter((e) => e.type === type).map((e) => e.name);

describe('a minority name of unknown parts after a post', () => {
  it(`is read whole (${NAMES.length} names × ${POSTS.length} posts × ${ACTS.length} acts)`, () => {
    const wrong: string[] = [];
    for (const name of NAMES) for (const post of POSTS) for (const act of ACTS) {
      const text = `5月19日，${post}${name}${act}`;
      const people = entities(text, 'person');
      if (people.join() !== name) wrong.push(`${text}: ${people.join(' ')}`);
    }
    expect(wrong.join('\n')).toBe('');
  });
  it('a post before words is still no name (主任亲自部署, 局长带队检查)', () => {
    expect(entities('县应急管理局局长亲自部署，副局长带队检查。', 'person')).toEqual([]);
  });
});

describe('a division whose transcribed name jieba cut into unknown words', () => {
  const PLACES = ['阿尔善高勒旗', '巴润萨拉旗', '阿尔善高勒县', '乌兰敖包苏木'];
  it.each(PLACES)('%s召开会议', (place) => {
    expect(entities(`5月19日，${place}召开旗委常委会会议。`, 'place')).toContain(place);
    expect(entities(`5月19日，${place}召开旗委常委会会议。`, 'person')).toEqual([]);
  });
  it('the level 嘎查 ends a village, and before 、 names no one', () => {
    expect(entities('推动民族团结进步创建向嘎查、社区、学校延伸。', 'person')).toEqual([]);
  });
});

describe('a village jieba cut before its last character (铜鼓/n 塘村/ns)', () => {
  it.each(['铜鼓塘村', '鸭婆塘村', '石门湾村', '枫树坳村', '黄泥湾村'])('%s第一书记欧阳丹发言', (village) => {
    expect(entities(`${village}第一书记欧阳丹发言。`, 'place')).toContain(village);
  });
});

describe('a festival opening in a banner jieba cut as a name and a level (乌兰查/nr 干旗/x)', () => {
  it.each([['乌兰查干旗', '那达慕大会'], ['阿拉善高勒旗', '那达慕大会'], ['托格拉克县', '民族运动会'], ['托格拉克县', '文化旅游节'], ['乌兰查干旗', '丰收节']])('%s第三十二届%s', (place, event) => {
    const text = `7月20日上午，${place}第三十二届${event}在县体育场开幕。副县长张志强致辞。`;
    const r = extractRecord({ id: 't', text, date: '2025-07-21' });
    expect(r.meetings.filter((m) => m.reported).map((m) => m.name), text).toEqual([`${place}第三十二届${event}`]);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name), text).toEqual(['张志强']);
  });
});

describe('a Yi name of a clan in the table and a given name it lacks (阿苏 + 日呷)', () => {
  const NAMES = ['阿苏日呷', '阿西拉布', '吉克阿果', '海来木果'];
  it.each(NAMES)('%s after a post, before an act and in a list', (name) => {
    expect(entities(`镇党委书记${name}主持会议。`, 'person')).toEqual([name]);
    expect(entities(`县委副书记${name}出席并讲话。`, 'person')).toEqual([name]);
  });
});
