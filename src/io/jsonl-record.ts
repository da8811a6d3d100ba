// One `--jsonl` line → a record item, or an error item naming file:line and the problem.
// A line is `{"id","text","title"?,"date"?}`: id a non-empty string or a finite number (kept as its
// string), text a string, title a string, date YYYY-MM-DD (a real calendar day). null title/date
// count as absent. Other fields are ignored. Blank lines are not records (the reader skips them).
import { prepareBody } from './body.js';
import type { ErrorItem, RecordItem } from './input-item.js';

/** Parse line `line` (1-based) of `source`. */
export function parseJsonlLine(text: string, source: string, line: number): RecordItem | ErrorItem {
  const fail = (problem: string): ErrorItem => ({ kind: 'error', source, line, message: `${source}:${line}: ${problem}` });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`bad JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : o.id;
  if (id === undefined) return fail('missing "id"');
  if (typeof id !== 'string' || id === '') return fail('"id" must be a non-empty string or a number');
  if (o.text === undefined) return fail(`missing "text" (id ${id})`);
  if (typeof o.text !== 'string') return fail(`"text" must be a string (id ${id})`);
  const title = o.title ?? undefined;
  if (title !== undefined && typeof title !== 'string') return fail(`"title" must be a string (id ${id})`);
  const date = o.date ?? undefined;
  if (date !== undefined && !isIsoDate(date)) return fail(`"date" must be YYYY-MM-DD, got ${JSON.stringify(date)} (id ${id})`);
  // (the fields set one by one, not spread from objects made for the purpose: one line per article)
  const body = prepareBody(o.text, false);
  const item: RecordItem = { kind: 'record', source, line, id, original: body.original, text: body.text };
  if (body.mapped) item.mapped = body.mapped;
  if (title !== undefined) item.title = title;
  if (date !== undefined) item.date = date;
  return item;
}

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
