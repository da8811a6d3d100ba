// A portal's fields on lines of their own (供稿：某镇党政办 / 撰稿：甲 / 初审：乙) are never joined as a wrapped line: each
// credit word followed by a colon opens a line of its own (join-lines.ts). Fictional offices and people.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

describe('field lines at the end of a township post', () => {
  it.each([['撰稿', '初审'], ['作者', '终审'], ['撰稿', '复审']])('%s and %s', (first, second) => {
    for (const [a, b] of [['蒋小满', '罗金凤'], ['欧阳晨', '吉克阿果']] as const) {
      const text = `下一步，我镇将推动各项工作提质提速。\n供稿：枫溪镇党政办\n${first}：${a}\n${second}：${b}\n编辑：田甜`;
      const r = extractRecord({ id: 't', text, date: '2025-05-06' });
      expect(r.credits.map((c) => `${c.name}:${c.role}`), text).toEqual([`${a}:${first}`, `${b}:${second}`, '田甜:编辑']);
    }
  });
});
