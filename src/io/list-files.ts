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

/** A file found, or a folder below the walked one that could not be read (permission denied …). */
export type ListEntry = string | { path: string; error: unknown };

/**
 * Input files under `dir` (paths joined onto `dir` as given), in walk order, with the folders below it that could
 * not be read in their place: one unreadable folder never hides the rest. Throws on an unreadable `dir` itself.
 */
export async function listInputEntries(dir: string, jsonl: boolean): Promise<ListEntry[]> {
  const found: ListEntry[] = [];
  await walk(dir, jsonl, found, new Set(), true);
  return found;
}

/** The files of listInputEntries; throws on any folder that could not be read. */
export async function listInputFiles(dir: string, jsonl: boolean): Promise<string[]> {
  const entries = await listInputEntries(dir, jsonl);
  const unreadable = entries.find((e) => typeof e !== 'string');
  if (unreadable) throw unreadable.error;
  return entries as string[];
}

async function walk(dir: string, jsonl: boolean, found: ListEntry[], seen: Set<string>, top: boolean): Promise<void> {
  let entries;
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareCodeUnits(a.name, b.name));
  } catch (error) {
    if (top) throw error;
    found.push({ path: dir, error });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(path)));
    if (isDir) await walk(path, jsonl, found, seen, false);
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
