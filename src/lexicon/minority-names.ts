// Names of minority peoples written without a surname (扎西多吉, 索朗白玛, 娜仁高娃, 吉克伍沙): made of the parts
// in dictionaries/minority-name-parts.tsv. Read by the name slots (src/extract/recognise/person-slot.ts) and by
// credits (src/text/credits.ts), where such a name may follow its role word with no space (记者扎西多吉).
import { loadTsv } from './load-tsv.js';

let parts: ReadonlySet<string> | undefined;

/** The span splits into at most `max` parts of minority-name-parts.tsv (an empty span: yes). */
export function minorityParts(span: string, max: number): boolean {
  parts ??= new Set(loadTsv('minority-name-parts.tsv', { columns: ['part', 'people'], key: ['part'] }).map((r) => r.part));
  if (span.length === 0) return true;
  if (max === 0) return false;
  for (let n = Math.min(4, span.length); n >= 2; n--) {
    if (parts.has(span.slice(0, n)) && minorityParts(span.slice(n), max - 1)) return true;
  }
  return false;
}
