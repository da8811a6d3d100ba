// An envoy's post: 某国驻某地总领事, 某国驻华大使, 某国驻某市代表 — the post is held in the country's mission (某国驻某地
// 总领事馆, 某国驻华大使馆), never in the place after 驻 where the mission stands. A typed table: the post, and the
// mission it names.

/** Envoys' posts and the missions they head or serve in. */
const MISSIONS: readonly { post: string; mission: string }[] = [
  { post: '总领事', mission: '总领事馆' },
  { post: '副总领事', mission: '总领事馆' },
  { post: '领事', mission: '领事馆' },
  { post: '大使', mission: '大使馆' },
  { post: '公使', mission: '大使馆' },
  { post: '参赞', mission: '大使馆' },
  { post: '首席代表', mission: '代表处' },
  { post: '代表', mission: '代表处' },
];

/** Longest post first (副总领事 before 总领事 before 领事). */
const BY_LENGTH = [...MISSIONS].sort((a, b) => b.post.length - a.post.length);
/** The seat after 驻: one to six characters, and the mission's own word when it is written (驻沈阳总领事馆 + 领事). */
const SEAT = /^驻[\u4e00-\u9fff]{1,6}?((?:总领事|领事|大使)馆|代表处)?$/;

/**
 * The post that ends text[.., end) and the mission it names, when a country found right before 驻 begins it
 * (`countryEndingAt(at)`: the start of a country or place found ending at `at`, or null): 大韩民国 + 驻沈阳 + 总领事.
 */
export function envoyPost(text: string, start: number, end: number, countryEndingAt: (at: number) => number | null): { title: string; mission: string } | null {
  const m = BY_LENGTH.find((x) => text.endsWith(x.post, end));
  if (!m) return null;
  const postStart = end - m.post.length;
  const at = text.lastIndexOf('驻', postStart - 1);
  if (at <= start || postStart - at > 12) return null;
  const seat = SEAT.exec(text.slice(at, postStart));
  const country = seat ? countryEndingAt(at) : null;
  if (!seat || country === null || country < start) return null;
  // (the mission's word already written, 驻沈阳总领事馆 + 领事, names it; else the post's mission)
  return { title: m.post, mission: seat[1] ? text.slice(country, postStart) : `${text.slice(country, postStart)}${m.mission}` };
}
