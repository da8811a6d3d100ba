// Inputs of this many bytes or more (or any folder) are "large": `kg extract` gives them a worker per core
// (src/extract/pool.ts) and a node under its V8 flags (src/cli/v8-flags.ts). Below it, what either costs at
// start (a dictionary load per worker, a second node) is more than it saves. Standard input is never large: its
// size is not known before it is read.
import { statSync } from 'node:fs';

export const LARGE_INPUT = 1 << 20;

/** Bytes of a path given on the command line: a file's size, Infinity for a folder, null for anything else. */
export type SizeOf = (path: string) => number | null;

/** A path's size as SizeOf reads it (unreadable or missing: null; the reader reports it later). */
export function statSize(path: string): number | null {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return !s ? null : s.isDirectory() ? Infinity : s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/** The inputs are large: no stdin (-) among them, and LARGE_INPUT bytes or more in all. */
export function isLargeInput(paths: readonly string[], sizeOf: SizeOf = statSize): boolean {
  let bytes = 0;
  for (const p of paths) {
    if (p === '-') return false;
    bytes += sizeOf(p) ?? 0;
  }
  return bytes >= LARGE_INPUT;
}
