// Shared helper for the recogniser tables: the entity names of one type found in a sentence.
import { extractRecord } from '../../src/extract/page.js';
import type { EntityType } from '../../src/extract/record.js';

export function namesOf(type: EntityType, text: string): string[] {
  return extractRecord({ id: 't', text }).entities.filter((e) => e.type === type).map((e) => e.name);
}

export function surfacesOf(type: EntityType, text: string): string[] {
  return extractRecord({ id: 't', text })
    .entities.filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));
}
