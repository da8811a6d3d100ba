// Where an export writes: a stream of text chunks (stdout or a file), plus the path when there is one
// (a multi-file format such as neo4j-admin CSV uses it as its folder).
import type { GraphReader } from '../store.js';

export interface ExportTarget {
  write(chunk: string): Promise<void>;
  /** the --out path, or null for stdout */
  path: string | null;
}

export interface ExportCounts { nodes: number; relationships: number }

export type Exporter = (store: GraphReader, target: ExportTarget) => Promise<ExportCounts>;
