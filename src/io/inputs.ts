// What the CLI is given → input items, in order: each path as given; a folder's files in walk order
// (see list-files.ts for which files count); '-' is stdin. Pages are decoded with encoding detection
// (bytes in memory, one file at a time); --jsonl input is streamed line by line. Any input that cannot
// be read becomes one error item and the rest go on; the generator itself only throws on bugs.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ErrorItem, InputItem } from './input-item.js';
import { listInputEntries, type ListEntry } from './list-files.js';
import { readJsonl } from './read-jsonl.js';
import { readJsonlChunks } from './jsonl-chunks.js';
import { pageFromBytes } from './read-page.js';

export interface ReadInputsOptions {
  /** read JSON lines `{"id","text","title"?,"date"?}` instead of pages; folders give their *.jsonl */
  jsonl: boolean;
  /** what '-' reads (default process.stdin) */
  stdin?: Readable;
  /** JSON lines as raw chunks of lines (LinesItem), parsed later by whoever extracts them (worker threads) */
  chunks?: boolean;
}

export const STDIN = '-';

export async function* readInputs(paths: string[], opts: ReadInputsOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === STDIN) {
      yield* readStream(opts.stdin ?? process.stdin, STDIN, opts.jsonl, opts.chunks ?? false);
      continue;
    }
    let files: ListEntry[];
    try {
      files = (await stat(path)).isDirectory() ? await listInputEntries(path, opts.jsonl) : [path];
    } catch (e) {
      yield fsError(path, e);
      continue;
    }
    if (files.length === 0) {
      const wanted = opts.jsonl ? '.jsonl' : '.txt, .text, .htm, .html or .md';
      yield { kind: 'error', source: path, message: `${path}: folder has no ${wanted} files` };
    }
    for (const file of files) {
      if (typeof file === 'string') yield* readFileInput(file, opts.jsonl, opts.chunks ?? false);
      else yield fsError(file.path, file.error);
    }
  }
}

async function* readFileInput(file: string, jsonl: boolean, chunks: boolean): AsyncGenerator<InputItem> {
  if (jsonl) {
    yield* readJsonlFile(file, chunks);
    return;
  }
  try {
    yield pageFromBytes(await readFile(file), file);
  } catch (e) {
    yield fsError(file, e);
  }
}

async function* readJsonlFile(file: string, chunks: boolean): AsyncGenerator<InputItem> {
  const stream = createReadStream(file);
  try {
    yield* chunks ? readJsonlChunks(stream, file) : readJsonl(stream, file);
  } catch (e) {
    yield fsError(file, e);
  } finally {
    stream.destroy();
  }
}

async function* readStream(stream: Readable, source: string, jsonl: boolean, chunks: boolean): AsyncGenerator<InputItem> {
  try {
    if (jsonl) {
      yield* chunks ? readJsonlChunks(stream, source) : readJsonl(stream, source);
      return;
    }
    const parts: Buffer[] = [];
    for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    yield pageFromBytes(Buffer.concat(parts), source);
  } catch (e) {
    yield fsError(source, e);
  }
}

/** A file-system failure as one line: `path: no such file or directory`. */
function fsError(source: string, e: unknown): ErrorItem {
  const err = e as NodeJS.ErrnoException;
  const reason = REASONS[err.code ?? ''] ?? err.message ?? String(e);
  return { kind: 'error', source, message: `${source}: ${reason}` };
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
  ELOOP: 'a symlink loop (too many levels of symbolic links)',
  ENXIO: 'not a regular file (a socket or a device)',
};
