// A session of a party committee, a people's congress or a CPPCC committee has a formal name and a short one:
// 中国共产党某某区第九届委员会第六次全体会议 and 区委九届六次全会; 某某县第十八届人民代表大会第五次会议 and 县十八届人大
// 五次会议; 政协某某县第十届委员会第四次会议 and 县政协十届四次会议. Both give the same key — the body, the level of
// the region, the term and the session's number — so that a headline's short name is found to mean the body's formal one.

const N = '[0-9一二三四五六七八九十百〇]+';
const LEVEL = '(省|市|区|县|旗|州|镇|乡)';

const FORMS: readonly { body: string; re: RegExp }[] = [
  // 中国共产党(某某)区第九届委员会第六次全体会议; (中共)(某某)区委(第)九届(第)六次全会
  { body: 'party', re: new RegExp(`^(?:中国共产党|中共)[^第]{0,12}?${LEVEL}第(${N})届委员会第(${N})次全体会议$`) },
  { body: 'party', re: new RegExp(`^(?:中国共产党|中共)?[^届]{0,12}?${LEVEL}委(?:第)?(${N})届(?:第)?(${N})次全(?:会|体会议)$`) },
  // (某某)县第十八届人民代表大会第五次会议; (某某)县十八届人大五次会议
  { body: 'congress', re: new RegExp(`^[^第]{0,12}?${LEVEL}第(${N})届人民代表大会第(${N})次会议$`) },
  { body: 'congress', re: new RegExp(`^[^届]{0,12}?${LEVEL}(?:第)?(${N})届人大(?:第)?(${N})次会议$`) },
  // 政协(某某)县第十届委员会第四次会议; (某某)县政协十届四次会议
  { body: 'cppcc', re: new RegExp(`^(?:中国人民政治协商会议|政协)[^第]{0,12}?${LEVEL}第(${N})届委员会第(${N})次会议$`) },
  { body: 'cppcc', re: new RegExp(`^[^届]{0,12}?${LEVEL}政协(?:第)?(${N})届(?:第)?(${N})次会议$`) },
];

/** The key of a session's name (body|level|term|session), or null for any other meeting. */
export function plenumKey(name: string): string | null {
  for (const f of FORMS) {
    const m = f.re.exec(name);
    if (m) return `${f.body}|${m[1]}|${m[2]}|${m[3]}`;
  }
  return null;
}
