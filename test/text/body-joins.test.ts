// A conjunction between two bodies that jieba read into the second body's region level is cut out again
// (src/text/body-joins.ts); the county 和县 after its province or city is left whole.
import { describe, expect, it } from 'vitest';
import { bodyJoinCuts } from '../../src/text/body-joins.js';
import { segment } from '../../src/text/segment.js';

const code = (c: string): number => c.charCodeAt(0);
const words = (text: string): string[] => segment(text).map((t) => t.word);

describe('bodyJoinCuts', () => {
  it.each([
    ['和县', '局', '财', [1]],
    ['办和区', '委', '财', [1, 2]],
    ['局及', '术', '县', [1]],
    ['及县', '局', '司', [1]],
  ])('%s after %s and before %s is cut at %j', (word, before, after, cuts) => {
    expect(bodyJoinCuts(word, code(before), code(after))).toEqual(cuts);
  });
  it.each([
    ['和县', '省', '的'],
    ['和县', '市', '的'],
    ['和县', '自', '的'],
    ['和平', '局', '路'],
    ['局及', '术', '时'],
  ])('%s after %s and before %s is left whole', (word, before, after) => {
    expect(bodyJoinCuts(word, code(before), code(after))).toBeNull();
  });
  it('at the ends of the text', () => {
    expect(bodyJoinCuts('和县', NaN, NaN)).toBeNull();
  });
});

describe('segment with the joins cut out', () => {
  it('two bodies joined by 和, 与, 及 are two names', () => {
    expect(words('县发改局和县财政局联合发文')).toEqual(expect.arrayContaining(['和', '县', '财政局']));
    expect(words('区委办和区财政局')).toEqual(expect.arrayContaining(['办', '和', '区']));
    expect(words('县公安局及县司法局')).toEqual(expect.arrayContaining(['及', '县']));
  });
  it('the county 和县 is still one word after its province', () => {
    expect(words('他来自安徽省和县')).toContain('和县');
  });
  it('the tokens still concatenate back to the text, with their offsets', () => {
    const text = '县科学技术局及县财政局、区委办和区财政局';
    const tokens = segment(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});
