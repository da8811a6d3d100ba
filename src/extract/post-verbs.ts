// The verbs that give a post to the name written before them (某某担任某局局长, 某某挂任某县副县长): one list for the
// readers that must know them as words of their own. name-extent.ts keeps them out of a body's name (jieba reads
// 挂任 as an unknown word glued before 某县委); person-slot-posts.ts reads the name before them. appointments.ts
// matches them with the forms that take 为 (当选为, 被任命为) in its own pattern.

export const POST_VERBS: readonly string[] = ['担任', '兼任', '挂任', '出任', '调任', '改任', '升任'];
