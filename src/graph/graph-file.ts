// The graph file (docs/graph-file-format.md): JSON lines — one header line, then one node per line, then one edge
// per line. Read with readline (no whole-file string, so 10^5 articles stay under V8's string limit); written to a
// temp file in the same folder, fsynced, then renamed over the old file (a crash leaves the old file intact).
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { GraphEdge, GraphNode } from './model.js';
import { LABELS, REL_TYPES } from './model.js';
import { GraphStoreError } from './store.js';

export const FORMAT = 'kg-graph';
export const VERSION = 1;

export interface FileHeader { format: typeof FORMAT; version: number; nodes: number; edges: number }
export type FileLine = ({ t: 'node' } & GraphNode) | ({ t: 'edge' } & GraphEdge);

const fail = (file: string, line: number, why: string): GraphStoreError => new GraphStoreError(`${file}:${line}: ${why}`);

function checkLine(v: unknown, file: string, n: number): FileLine {
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object' || typeof o.id !== 'string') throw fail(file, n, 'expected a node or edge object with an "id"');
  if (o.t === 'node' && (LABELS as readonly unknown[]).includes(o.label)) return o as unknown as FileLine;
  if (o.t === 'edge' && (REL_TYPES as readonly unknown[]).includes(o.type)) return o as unknown as FileLine;
  throw fail(file, n, `unknown line kind or label/type in ${JSON.stringify(o).slice(0, 80)}`);
}

/** Streams the lines of a graph file after checking its header. */
export async function* readGraphFile(file: string): AsyncGenerator<FileLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    let v: unknown;
    try { v = JSON.parse(text); } catch { throw fail(file, n, 'not valid JSON'); }
    if (n === 1) {
      const h = v as Partial<FileHeader>;
      if (h.format !== FORMAT) throw fail(file, 1, `not a kg graph file (header format "${String(h.format)}")`);
      if (h.version !== VERSION) throw fail(file, 1, `unsupported graph file version ${String(h.version)}`);
      continue;
    }
    yield checkLine(v, file, n);
  }
  if (n === 0) throw fail(file, 1, 'empty file (no header line)');
}

const CHUNK = 1 << 20;

/**
 * Which version of the file is on disk: inode, size and mtime (every write is a rename of a new file, so a write
 * by anyone changes it), or 'absent'. Compared before a write to make sure nobody wrote since the file was read.
 */
export async function fileIdentity(file: string): Promise<string> {
  try {
    const s = await stat(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw err;
  }
}

/**
 * Writes header, nodes, edges atomically: temp file beside the target, fsync, rename, fsync the folder.
 * `beforeRename` runs when the new file is complete and may throw to abandon it (the old file stays).
 */
export async function writeGraphFile(file: string, nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>,
  counts: { nodes: number; edges: number }, beforeRename?: () => Promise<void>): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `${tempPrefix(file)}${process.pid}.${Date.now()}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    const header: FileHeader = { format: FORMAT, version: VERSION, ...counts };
    let buf = `${JSON.stringify(header)}\n`;
    const push = async (line: string): Promise<void> => {
      buf += `${line}\n`;
      if (buf.length >= CHUNK) { await fh.write(buf); buf = ''; }
    };
    for (const n of nodes) await push(JSON.stringify({ t: 'node', ...n }));
    for (const e of edges) await push(JSON.stringify({ t: 'edge', ...e }));
    await fh.write(buf);
    await fh.sync();
    await fh.close();
    await beforeRename?.();
    await rename(tmp, file);
  } catch (err) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

const tempPrefix = (file: string): string => `.${basename(file)}.`;

/**
 * Removes the temporary files that writers of `file` killed mid-write (kill -9, power loss) left beside it. Only the
 * holder of the writer's lock may call it: no other writer can be writing one then.
 */
export async function removeLeftoverTemps(file: string): Promise<void> {
  const dir = dirname(file);
  const prefix = tempPrefix(file);
  let names: string[];
  try { names = await readdir(dir); } catch { return; }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const d = await open(dir, 'r');
    try { await d.sync(); } finally { await d.close(); }
  } catch {
    // some platforms cannot fsync a folder; the rename itself is still atomic
  }
}
