// Which files a folder argument stands for.
//
// Rule: walk the folder recursively; skip hidden entries (name starting with '.'), files and folders
// alike; take files by extension (case-insensitive): .txt .text .htm .html .md for pages, .jsonl
// with --jsonl; everything else is skipped. Order: depth first, entries of each folder sorted by name
// (code units), files and folders interleaved by name, so runs repeat.
// Symbolic links are followed, each real folder visited once (no loops).
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const PAGE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.htm', '.html', '.md'];
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl'];

/** Whether a file found in a folder is an input in this mode. */
export function isInputFile(name: string, jsonl: boolean): boolean {
  if (name.startsWith('.')) return false;
  const ext = extname(name).toLowerCase();
  return (jsonl ? JSONL_EXTENSIONS : PAGE_EXTENSIONS).includes(ext);
}

/** Input files under `dir` (paths joined onto `dir` as given), in walk order. Throws on an unreadable `dir`. */
export async function listInputFiles(dir: string, jsonl: boolean): Promise<string[]> {
  const found: string[] = [];
  await walk(dir, jsonl, found, new Set());
  return found;
}

async function walk(dir: string, jsonl: boolean, found: string[], seen: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(path)));
    if (isDir) await walk(path, jsonl, found, seen);
    else if (isInputFile(entry.name, jsonl)) found.push(path);
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
