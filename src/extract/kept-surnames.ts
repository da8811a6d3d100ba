// Surnames that traditional → simplified conversion changed but simplified text writes as they are (於, 麴; see
// text/simplify.ts changedSurnamesAt): recognition reads the converted text (于荣 is a name as 於荣 is), then a person
// found starting at such an offset gets the original surname back, in the text every later stage reads (evidence
// sentences, names) and in the person's surface. Same length: no offset moves.
import type { Doc, Found } from './types.js';

/** Puts back the surname (offset → original character) of every person found starting where it was changed. */
export function keepSurnames(doc: Doc, found: readonly Found[], changed: ReadonlyMap<number, string>): void {
  if (changed.size === 0) return;
  const persons = found.filter((f) => f.type === 'person' && changed.has(f.start));
  if (persons.length === 0) return;
  const units = doc.text.split('');
  for (const f of persons) units[f.start] = changed.get(f.start) as string;
  doc.text = units.join('');
  for (const f of persons) {
    const was = f.text[0];
    f.text = doc.text.slice(f.start, f.end);
    if (f.name !== undefined && f.name[0] === was) f.name = f.text[0] + f.name.slice(1);
  }
}
