import { describe, expect, it } from 'vitest';
import { isLikelyTraditional, toSimplified } from '../../src/text/simplify.js';

describe('toSimplified', () => {
  it.each([
    ['區委書記周明遠主持會議並講話', '区委书记周明远主持会议并讲话'],
    ['本報訊（記者 林曉東）12月6日，青禾區召開全區營商環境優化推進會。', '本报讯（记者 林晓东）12月6日，青禾区召开全区营商环境优化推进会。'],
    ['區長韓立新強調，要大力推動經濟高質量發展。', '区长韩立新强调，要大力推动经济高质量发展。'],
    ['這位著名學者出席了頒獎典禮', '这位著名学者出席了颁奖典礼'],
    ['頭髮、理髮店、發展', '头发、理发店、发展'],
    ['臺灣同胞、颱風、檯面', '台湾同胞、台风、台面'],
    ['裡面、麵條、乾淨', '里面、面条、干净'],
  ])('%s → %s (same length)', (traditional, simplified) => {
    const out = toSimplified(traditional);
    expect(out).toBe(simplified);
    expect(out.length).toBe(traditional.length);
  });

  it.each([
    '区委书记周明远主持会议并讲话',
    '效果显著，著作颇丰，这是什么',
    'ASCII only, 2023-01-05',
    '',
    '居民𠮷先生发言',
  ])('leaves simplified or non-Chinese text as it is: %j', (text) => {
    expect(toSimplified(text)).toBe(text);
  });

  it('keeps the length of a long mixed text, position by position', () => {
    const text = '青禾區政府辦公室　ＡＢＣ公司\n'.repeat(50) + '乾隆年間的後臺系統𠮷';
    const out = toSimplified(text);
    expect(out.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      if (!/[\u3400-\u9fff\uf900-\ufaff\ud800-\udfff]/.test(text[i] as string)) expect(out[i]).toBe(text[i]);
    }
  });
});

describe('isLikelyTraditional', () => {
  it.each([
    ['區委書記周明遠主持會議並講話', true],
    ['区委书记周明远主持会议并讲话', false],
    ['青禾区召开会议。', false],
    ['English text only', false],
    ['', false],
    // one traditional character in a long simplified text is not a traditional text
    ['区委书记周明远主持会议并讲话，会议强调要推进经济高质量发展，着力优化营商环境，做好民生保障工作。' + '乾', false],
  ])('%j → %s', (text, expected) => {
    expect(isLikelyTraditional(text)).toBe(expected);
  });
});
