// An example input as the substitution tier reads it: a --jsonl record, or a page (text or HTML), with the
// extraction that golden files hold for it.
import { extractPage, extractRecord } from '../../extract/page.js';
import type { ArticleRecord } from '../../extract/record.js';
import { prepareBody } from '../../io/body.js';

export type ExampleInput =
  | { kind: 'record'; source: string; id: string; text: string; title?: string; date?: string }
  | { kind: 'page'; source: string; text: string; html: boolean };

/** What kg extracts from an example input (as test/examples/golden.test.ts runs it). */
export function extractExample(input: ExampleInput): ArticleRecord[] {
  if (input.kind === 'record') {
    const { kind: _k, ...rec } = input;
    return [extractRecord(rec)];
  }
  const body = prepareBody(input.text, input.html);
  return extractPage(body.text, { source: input.source, original: body.original, ...(body.mapped ? { mapped: body.mapped } : {}) });
}

/** The inputs of an example file: one per JSON line, or the page. `text` is the decoded file. */
export function examplesOfFile(source: string, text: string): ExampleInput[] {
  if (source.endsWith('.jsonl')) {
    return text.split('\n').filter((l) => l.trim()).map((l) => {
      const o = JSON.parse(l) as { id: string; text: string; title?: string; date?: string };
      return { kind: 'record' as const, source, id: o.id, text: o.text,
        ...(o.title !== undefined ? { title: o.title } : {}), ...(o.date !== undefined ? { date: o.date } : {}) };
    });
  }
  return [{ kind: 'page', source, text, html: /\.html?$/.test(source) }];
}

/** A short name of the input for messages. */
export function exampleName(input: ExampleInput): string {
  return input.kind === 'record' ? `${input.source}:${input.id}` : input.source;
}
