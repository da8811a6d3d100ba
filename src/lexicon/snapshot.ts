// Precompiled dictionaries: typed arrays and strings written at build time (`npm run build`, scripts/
// build-snapshot.mjs) into dist/snapshot/, read back as views on the file's bytes. A snapshot carries a key (the
// hashes of the dictionary files it was built from and a format version): a reader that computes another key
// ignores it and builds from the TSV files as before, so an edited dictionary is never read stale.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_DIR } from './load-tsv.js';

/** dist/snapshot/ of the package (src/lexicon and dist/lexicon are both two levels below the root). */
export const SNAPSHOT_DIR: string = fileURLToPath(new URL('../../dist/snapshot/', import.meta.url));

/** One part of a snapshot: a typed array or a string. */
export type SnapshotPart = Int32Array | Uint16Array | Uint8Array | string;
export type SnapshotParts = Record<string, SnapshotPart>;

const MAGIC = 'KGSNAP1\n';
type Kind = 'i32' | 'u16' | 'u8' | 'str';
interface PartHeader { name: string; kind: Kind; offset: number; bytes: number }

function kindOf(part: SnapshotPart): Kind {
  if (typeof part === 'string') return 'str';
  return part instanceof Int32Array ? 'i32' : part instanceof Uint16Array ? 'u16' : 'u8';
}

/** The key of a snapshot built from these dictionary files (read from `dir`) with this format version. */
export function snapshotKey(files: readonly string[], version: number, dir: string = DICTIONARY_DIR): string {
  const hash = createHash('sha256').update(`v${version}\n`);
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

/** The bytes of a snapshot: magic, header length, a JSON header (key, parts), then each part 4-byte aligned. */
export function encodeSnapshot(key: string, parts: SnapshotParts): Buffer {
  const bodies: Buffer[] = [];
  const headers: PartHeader[] = [];
  let offset = 0;
  for (const [name, part] of Object.entries(parts)) {
    const body = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    const padded = Buffer.alloc(Math.ceil(body.length / 4) * 4);
    body.copy(padded);
    headers.push({ name, kind: kindOf(part), offset, bytes: body.length });
    bodies.push(padded);
    offset += padded.length;
  }
  const header = Buffer.from(JSON.stringify({ key, parts: headers }), 'utf8');
  const headerPadded = Buffer.alloc(Math.ceil((header.length + MAGIC.length + 4) / 4) * 4 - MAGIC.length - 4, 0x20);
  header.copy(headerPadded);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerPadded.length);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, headerPadded, ...bodies]);
}

/** Reads the parts back from encodeSnapshot's bytes when their key is `key`; undefined otherwise. */
export function decodeSnapshot(bytes: Buffer, key: string): SnapshotParts | undefined {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const bodyStart = MAGIC.length + 4 + headerLength;
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, bodyStart)) as { key: string; parts: PartHeader[] };
  if (header.key !== key) return undefined;
  // typed arrays are views on the file's bytes when they are aligned (readFileSync's own buffer), else copies
  const aligned = (bytes.byteOffset + bodyStart) % 4 === 0 ? bytes : copyAligned(bytes);
  const parts: SnapshotParts = {};
  for (const { name, kind, offset, bytes: n } of header.parts) {
    const at = aligned.byteOffset + bodyStart + offset;
    parts[name] = kind === 'str' ? aligned.toString('utf8', bodyStart + offset, bodyStart + offset + n)
      : kind === 'i32' ? new Int32Array(aligned.buffer, at, n / 4)
        : kind === 'u16' ? new Uint16Array(aligned.buffer, at, n / 2)
          : new Uint8Array(aligned.buffer, at, n);
  }
  return parts;
}

function copyAligned(bytes: Buffer): Buffer {
  const copy = new Uint8Array(new ArrayBuffer(bytes.length));
  copy.set(bytes);
  return Buffer.from(copy.buffer);
}

/** The parts of dist/snapshot/<name> when it exists and was built under `key`. */
export function readSnapshot(name: string, key: string, dir: string = SNAPSHOT_DIR): SnapshotParts | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, name));
  } catch {
    return undefined; // not built (a checkout without `npm run build`): the caller builds from the TSV files
  }
  try {
    return decodeSnapshot(bytes, key);
  } catch {
    return undefined; // a damaged file is no snapshot: the TSV files are still there
  }
}

/** Writes dist/snapshot/<name> atomically (a temporary file renamed), so a reader never sees half a file. */
export function writeSnapshot(name: string, key: string, parts: SnapshotParts, dir: string = SNAPSHOT_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, encodeSnapshot(key, parts));
  renameSync(temporary, file);
  return file;
}
