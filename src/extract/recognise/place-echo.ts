// A division named in full once gives its name where jieba cut it elsewhere in the article: 阿克铁热克县 read whole in
// one sentence (阿克/nrt 铁热克县/x) and cut in another before its committee (阿克/nrt 铁热克/x 县委书记/n), where the
// body was read short (铁热克县委) and the head taken for a foreign name (阿克). A body whose name begins with the tail
// of such a place, right after the place's head, begins with the place, as does a place read as that tail; what was
// read inside the head goes.
import type { Found } from '../types.js';
// (a place read with a function word or a mark glued before it, 原曲桑县, 任曲桑县 of 挂任: name-extent.ts's list)
import { GLUED_HEADS } from './name-extent.js';

/** Levels a division's full name ends in, for this echo (the transcribed names jieba cuts are counties', banners'). */
const LEVEL_END = /[县旗市区州盟]$/;


/** The finds with every such body extended over the place's head, and the finds inside the head dropped. */
export function withPlacesInFull(text: string, found: Found[]): Found[] {
  // (each name once: a long article names one place thousands of times)
  const names = new Set<string>();
  for (const f of found) if (f.type === 'place' && f.text.length >= 4 && LEVEL_END.test(f.text) && !GLUED_HEADS.has(f.text[0] as string)) names.add(f.text);
  if (names.size === 0) return found;
  // the bodies extended, and the heads they now cover (applied once at the end: a long article extends thousands)
  const extended = new Map<Found, Found>();
  const heads: { start: number; end: number }[] = [];
  for (const name of names) {
    for (const body of found) {
      // (…or a place read short the same way, 额/n 尔/nr 敦/ns 旗/n read as 尔敦旗 beside 额尔敦旗)
      if ((body.type !== 'organization' && body.type !== 'place') || extended.has(body) || body.text.startsWith(name)) continue;
      // the body begins with the place's tail from j (铁热克县委 with 铁热克县 of 阿克铁热克县), the head right before it
      for (let j = 1; j <= name.length - 3; j++) {
        if (!body.text.startsWith(name.slice(j)) || !text.startsWith(name.slice(0, j), body.start - j)) continue;
        const start = body.start - j;
        extended.set(body, { ...body, start, text: text.slice(start, body.end), ...(body.name ? { name: name.slice(0, j) + body.name } : {}) });
        heads.push({ start, end: body.start });
        break;
      }
    }
  }
  if (extended.size === 0) return found;
  heads.sort((a, b) => a.start - b.start);
  // (a find inside a head goes: found and heads are both in order of start, read side by side)
  const out: Found[] = [];
  let h = 0;
  for (const f of found) {
    while (h < heads.length && (heads[h] as { end: number }).end < f.start) h++;
    let inHead = false;
    for (let k = h; k < heads.length && (heads[k] as { start: number }).start <= f.start; k++) if (f.end <= (heads[k] as { end: number }).end) { inHead = true; break; }
    if (!inHead || extended.has(f)) out.push(extended.get(f) ?? f);
  }
  return out.sort((a, b) => a.start - b.start);
}
