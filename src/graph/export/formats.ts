// The export formats, in one place: `kg export --format <name>` looks the name up here.
// To add one (e.g. neo4j-admin CSV), write an Exporter and register it below.
import type { Exporter } from './target.js';
import { exportJsonl } from './export-jsonl.js';
import { exportGraphml } from './export-graphml.js';
import { exportCypher } from './export-cypher.js';

export const EXPORT_FORMATS: Readonly<Record<string, Exporter>> = {
  jsonl: exportJsonl,
  graphml: exportGraphml,
  cypher: exportCypher,
};

export type { Exporter, ExportTarget, ExportCounts } from './target.js';
