// Traditional input is read in simplified characters, but 於 and 麴 are surnames simplified text writes as they are
// (beside 于 and 曲): a person or a credited writer named 於某 or 麴某 keeps the surname, in the name, the position
// and the evidence sentence; 於 as a preposition (位於) is simplified as before. Fictional names and places.
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/extract/page.js';

const SURNAMES = ['於', '麴'];
const GIVEN = ['榮', '瑤', '建國', '曉明', '紅'];

const article = (chair: string, mayor: string, writer: string): string =>
  `本報訊（記者 ${writer}）3月5日，澜溪縣召開全縣優化營商環境推進會。縣委書記${chair}主持會議並講話，縣長${mayor}出席會議並發言。` +
  `會場位於縣行政中心，${mayor}表示，將抓好各項措施落實。`;

const simplified = (s: string): string => s.replace(/榮/g, '荣').replace(/瑤/g, '瑶').replace(/國/g, '国').replace(/曉/g, '晓').replace(/紅/g, '红');

describe('surnames that simplified text keeps, in traditional articles', () => {
  for (const sur of SURNAMES) for (const given of GIVEN) {
    const chair = `${sur}${given}`;
    const mayor = `${sur === '於' ? '麴' : '於'}${GIVEN[(GIVEN.indexOf(given) + 1) % GIVEN.length]}`;
    const writer = `${sur}${GIVEN[(GIVEN.indexOf(given) + 2) % GIVEN.length]}`;
    it(`${chair}, ${mayor}, 记者 ${writer}`, () => {
      const r = extractRecord({ id: 't', text: article(chair, mayor, writer), date: '2026-03-06' });
      const people = r.entities.filter((e) => e.type === 'person').map((e) => e.name);
      expect(people).toEqual(expect.arrayContaining([simplified(chair), simplified(mayor), simplified(writer)]));
      expect(people.some((p) => /^[于曲]/.test(p)), people.join(' ')).toBe(false);
      expect(r.reporters).toEqual([simplified(writer)]);
      const chairPost = r.positions.find((p) => p.person === simplified(chair));
      expect(chairPost?.title).toBe('书记');
      expect(chairPost?.evidence.sentence).toContain(simplified(chair));
      const meeting = r.meetings[0];
      expect(meeting?.attendees.map((a) => a.person)).toEqual([simplified(chair), simplified(mayor)]);
      // the preposition is simplified as any word is
      expect(r.meetings[0]?.evidence.sentence ?? '').not.toContain('於县');
    });
  }
});
