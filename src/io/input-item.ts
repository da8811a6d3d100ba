// What readInputs yields: one page (a file to split into articles), one JSON-lines record (one article),
// or one input that could not be read. Errors are items, not exceptions, so the other inputs go on.
import type { Mapped } from '../text/offset-map.js';

/**
 * The text of an input, and how it relates to the original.
 * - `original`: the decoded input (BOM dropped); every offset the pipeline reports points into it.
 * - `text`: what extraction reads. Equal to `original` unless the input was HTML.
 * - `mapped`: present exactly when `text !== original` (HTML was stripped); `mapped.text === text` and
 *   `mapped.map[i]` is the index in `original` of `text[i]`. Compose later length-changing steps onto it.
 */
export interface InputBody {
  original: string;
  text: string;
  mapped?: Mapped;
}

/** A file (or stdin) read as a newspaper page; `source` is the path as given ('-' for stdin). */
export interface PageItem extends InputBody {
  kind: 'page';
  source: string;
  /** an HTML page's <title> (or first <h1>), when it has one */
  title?: string;
}

/** One `--jsonl` line: one article, keeping its id. `line` is the 1-based line number in `source`. */
export interface RecordItem extends InputBody {
  kind: 'record';
  source: string;
  line: number;
  id: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
}

/** An input that could not be read: `message` is one line naming `source` (and `file:line` for a JSON line). */
export interface ErrorItem {
  kind: 'error';
  source: string;
  line?: number;
  message: string;
}

/**
 * Raw `--jsonl` lines not parsed yet (readInputs with `chunks`, for worker threads): `text` holds whole lines,
 * the first of them line `line` of `source`. recordsOfChunk (jsonl-chunks.ts) turns it into record items.
 */
export interface LinesItem {
  kind: 'lines';
  source: string;
  line: number;
  text: string;
}

export type InputItem = PageItem | RecordItem | ErrorItem | LinesItem;
