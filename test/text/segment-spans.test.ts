// segmentSpans tags runs of sentences in one jieba call; its tokens must be those of one call per sentence.
import { describe, expect, it } from 'vitest';
import { segment, segmentSpans } from '../../src/text/segment.js';
import { splitSentences } from '../../src/text/sentences.js';

const TEXTS = [
  '青禾区召开推进会。区长周明远主持会议并讲话！他强调：要抓好落实；各部门要协同推进？会议指出，要继续努力。',
  '松涛镇党委书记唐悦出席\n会议。\n\n  鹭湖街道  负责人发言；随后，与会人员参观了产业园!接着?讨论;结束。',
  '“今年要干好三件事。”他说。ABC公司总经理Tom Lee出席。\t石桥街道，2023年1月5日。',
  '一句话没有句号',
];

describe('segmentSpans', () => {
  it.each(TEXTS)('gives the tokens of one segment call per sentence: %s', (text) => {
    const spans = splitSentences(text);
    expect(segmentSpans(text, spans)).toEqual(spans.map((s) => segment(text, s.start, s.end)));
  });

  it('handles no spans and one span', () => {
    expect(segmentSpans('甲乙', [])).toEqual([]);
    expect(segmentSpans('区长出席会议', [{ start: 2, end: 6 }])).toEqual([segment('区长出席会议', 2, 6)]);
  });
});
