// The verbs around a meeting, in one typed table: each group says what its verbs tell of the meeting. The readers
// build their patterns from the groups they need (relate/meetings.ts, relate/meeting-holders.ts, recognise/
// place-slot.ts, recognise/place-venue.ts, recognise/name-extent.ts), so that a verb added here is read alike
// everywhere it belongs. Every verb is plain Han text: no character of a regular expression needs escaping.

export interface MeetingVerbGroup {
  readonly words: readonly string[];
  readonly why: string;
}

export const MEETING_VERBS = {
  hold: {
    words: ['召开', '举行', '举办', '开展'],
    why: 'a body or a person holds the meeting: the one before the verb holds it (某县召开…会议, 某某开展…走访慰问活动), the meeting before it took place (会议在某地召开)',
  },
  convene: {
    words: ['召集'],
    why: 'holds a meeting named after it (召集…座谈会); never written after a meeting to say it took place',
  },
  opens: {
    words: ['开幕'],
    why: 'the meeting itself opens, at a place (大会在某馆开幕)',
  },
  closes: {
    words: ['闭幕'],
    why: 'the meeting closes: it took place; the place of a closing is not read (a session closes where it opened)',
  },
  begins: {
    words: ['开班', '启动', '揭牌', '开讲', '开营', '开赛', '上演'],
    why: 'a class, a campaign, a plaque, a lecture, a camp, a match or a show begins at a place (培训班在某校开班, 某中心在某镇揭牌, 读书会在某馆开讲, 汇演在某剧院上演)',
  },
  joins: {
    words: ['主持', '出席', '参加', '列席'],
    why: 'a person chairs or joins the meeting named after the verb: it took place',
  },
  business: {
    words: ['研究部署', '安排部署', '总结部署', '传达学习', '学习贯彻'],
    why: "the meeting's business: what follows is its agenda (研究部署学校春季学期工作), never the name of a body, though jieba tags some of these nouns",
  },
  lectures: {
    words: ['讲授'],
    why: 'a lecture given as the event (讲授专题党课): it took place',
  },
} as const satisfies Record<string, MeetingVerbGroup>;

export type MeetingVerbKind = keyof typeof MEETING_VERBS;

/** The verbs of the groups, in the table's order. */
export function meetingVerbs(...kinds: MeetingVerbKind[]): readonly string[] {
  return kinds.flatMap((k) => MEETING_VERBS[k].words);
}

/** The verbs of the groups as the alternatives of a regular expression (召开|举行|举办). */
export function meetingVerbPattern(...kinds: MeetingVerbKind[]): string {
  return meetingVerbs(...kinds).join('|');
}
