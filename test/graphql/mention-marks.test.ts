// markMentions: a node's recorded mention found again in the normalised sentence; names and aliases otherwise.
import { describe, expect, it } from 'vitest';
import { markMentions, type MarkCandidate } from '../../src/graphql/mention-marks.js';

const person = (mentions: MarkCandidate['mentions'], names = ['柏远舟']): MarkCandidate => ({ nodeId: 'person:柏远舟', names, mentions });

describe('markMentions', () => {
  it.each([
    // [what, sentence, sentence span in the original, candidates, expected [start, end, text]]
    ['a mention at its place', '镇长柏远舟主持会议。', { start: 100, end: 110 }, [person([{ start: 102, end: 105, text: '柏远舟' }])], [[2, 5, '柏远舟']]],
    ['the original had a line break before it: nearest occurrence', '柏远舟说，镇长柏远舟主持会议。', { start: 0, end: 16 },
      [person([{ start: 8, end: 11, text: '柏远舟' }])], [[7, 10, '柏远舟']]],
    ['a mention outside the sentence is not used; the name is', '柏远舟出席。', { start: 50, end: 56 }, [person([{ start: 3, end: 6, text: '柏远舟' }])], [[0, 3, '柏远舟']]],
    ['an alias, longest name first', '区农业局和农业局', { start: 0, end: 8 },
      [{ nodeId: 'org:某区农业局', names: ['某区农业局', '区农业局', '农业局'], mentions: [] }], [[0, 4, '区农业局']]],
    ['overlaps: the longer stays', '青川县县长柏远舟', { start: 0, end: 8 },
      [person([]), { nodeId: 'place:青川县', names: ['青川县', '青川县县长柏'], mentions: [] }], [[0, 6, '青川县县长柏']]],
    ['a recorded mention beats a longer name found around it', '柏远舟主持召开座谈会。', { start: 0, end: 11 },
      [person([{ start: 0, end: 3, text: '柏远舟' }]), { nodeId: 'meeting:柏远舟主持召开座谈会', names: ['柏远舟主持召开座谈会'], mentions: [] }],
      [[0, 3, '柏远舟']]],
    ['nothing named', '会议强调。', { start: 0, end: 5 }, [person([])], []],
    ['a meeting "mentioned" by its whole sentence is not marked; the person is', '柏远舟会见来宾。', { start: 10, end: 18 },
      [person([{ start: 10, end: 13, text: '柏远舟' }]), { nodeId: 'meeting:柏远舟会见来宾', names: ['柏远舟会见来宾团'], mentions: [{ start: 10, end: 18, text: '柏远舟会见来宾。' }] }],
      [[0, 3, '柏远舟']]],
  ])('%s', (_what, sentence, span, candidates, expected) => {
    expect(markMentions(sentence, span, candidates).map((m) => [m.start, m.end, m.text])).toEqual(expected);
  });
});
