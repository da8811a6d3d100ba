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
  const places = found.filter((f) => f.type === 'place' && f.text.length >= 4 && LEVEL_END.test(f.text) && !GLUED_HEADS.has(f.text[0] as string));
  if (places.length === 0) return found;
  let out = found;
  for (const place of places) {
    const name = place.text;
    for (const body of out) {
      // (…or a place read short the same way, 额/n 尔/nr 敦/ns 旗/n read as 尔敦旗 beside 额尔敦旗)
      if ((body.type !== 'organization' && body.type !== 'place') || body === place || body.text.startsWith(name)) continue;
      // the body begins with the place's tail from j (铁热克县委 with 铁热克县 of 阿克铁热克县), the head right before it
      for (let j = 1; j <= name.length - 3; j++) {
        if (!body.text.startsWith(name.slice(j)) || !text.startsWith(name.slice(0, j), body.start - j)) continue;
        const start = body.start - j;
        const whole: Found = { ...body, start, text: text.slice(start, body.end), ...(body.name ? { name: name.slice(0, j) + body.name } : {}) };
        out = out.filter((f) => f !== body && !(f.start >= start && f.end <= body.start)).concat(whole).sort((a, b) => a.start - b.start);
        break;
      }
    }
  }
  return out;
}
