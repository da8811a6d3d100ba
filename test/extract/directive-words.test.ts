// The table of directive words (src/extract/directive-words.ts): the pattern is built from its groups, and it tells a
// sentence that reports what is to be done from one that reports what was done. Fictional.
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_BEFORE, DIRECTIVE_WORDS } from '../../src/extract/directive-words.js';

describe('directive words', () => {
  it('every word of both groups makes a directive, whatever stands between them', () => {
    for (const reported of DIRECTIVE_WORDS.reports.words) for (const ahead of DIRECTIVE_WORDS.ahead.words) {
      const before = `会议${reported}，${ahead}紧盯一季度目标任务，扎实`;
      expect(DIRECTIVE_BEFORE.test(before), before).toBe(true);
    }
  });

  it('an act reported done is none, nor one whose directive closed before (。, ；)', () => {
    for (const before of ['3月8日，县委常委、统战部部长欧阳敏', '会议强调，要抓好落实。1月26日，部长甲', '会议要求各地；部长乙']) {
      expect(DIRECTIVE_BEFORE.test(before), before).toBe(false);
    }
  });
});
