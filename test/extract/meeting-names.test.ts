import { describe, it, expect } from 'vitest';
import { MeetingNames } from '../../src/extract/relate/meeting-names.js';

/** The answer by definition: the first name that equals `name`, ends with it or is its end. */
function byScan(names: readonly string[], name: string): number {
  return name === '' ? -1 : names.findIndex((x) => x !== '' && (x.endsWith(name) || name.endsWith(x)));
}

describe('MeetingNames', () => {
  it('answers as a scan of the names, while they are few and once they are many (keys made late)', () => {
    const kinds = ['座谈会', '推进会', '峰会', '论坛', '全体会议', '动员大会'];
    const places = ['澄川', '青禾县', '云杉镇', '柳溪街道', '梓檀区'];
    const names = new MeetingNames();
    const list: string[] = [];
    for (let i = 0; i < 30; i++) {
      // names grow as an article renames a meeting (某某峰会 → 第二届某某峰会)
      const name = `${i % 3 === 0 ? `第${i}届` : ''}${places[i % places.length]}${kinds[i % kinds.length]}`;
      const at = names.find(name);
      expect(at).toBe(byScan(list, name));
      if (at >= 0 && name.length > (list[at] as string).length) { list[at] = name; names.set(at, name); continue; }
      list.push(name);
      names.set(list.length - 1, name);
      for (const probe of [...kinds, ...places.map((p) => `${p}${kinds[0]}`), '']) expect(names.find(probe)).toBe(byScan(list, probe));
    }
    expect(list.length).toBeGreaterThan(16);
  });
});
