// Human-readable summaries for stderr: counts per label/type and the ingest summary.
import { LABELS, REL_TYPES } from './model.js';
import type { GraphCounts } from './store.js';
import type { IngestSummary } from './ingest.js';

export function formatCounts(c: GraphCounts): string {
  const nodes = LABELS.filter((l) => c.nodes[l]).map((l) => `${l} ${c.nodes[l]}`).join(', ') || 'none';
  const rels = REL_TYPES.filter((t) => c.relationships[t]).map((t) => `${t} ${c.relationships[t]}`).join(', ') || 'none';
  return `nodes: ${nodes}\nrelationships: ${rels}\n`;
}

/** Counts as the --json shape: {"nodes":{"Person":14,…},"relationships":{"ATTENDED":8,…}} in model order. */
export function countsJson(c: GraphCounts): { nodes: Record<string, number>; relationships: Record<string, number> } {
  return {
    nodes: Object.fromEntries(LABELS.filter((l) => c.nodes[l]).map((l) => [l, c.nodes[l] as number])),
    relationships: Object.fromEntries(REL_TYPES.filter((t) => c.relationships[t]).map((t) => [t, c.relationships[t] as number])),
  };
}

export function formatProgress(s: Readonly<IngestSummary>): string {
  return `… ${s.articles} articles (${s.added} added, ${s.unchanged} unchanged), ${s.failed.length} failed\n`;
}

export function formatSummary(s: IngestSummary, counts: GraphCounts, where: string): string {
  // an extraction error already starts with its input's name (file, file:line); a merge error does not
  const failed = s.failed.map((f) => `  ${f.message.startsWith(`${f.source}:`) ? f.message : `${f.source}: ${f.message}`}\n`).join('');
  return `${s.articles} articles read: ${s.added} added or changed, ${s.unchanged} already in the graph; `
    + `${s.nodesCreated} nodes and ${s.edgesCreated} relationships new\n`
    + `graph ${where}:\n${formatCounts(counts).replace(/^/gm, '  ').trimEnd()}\n`
    + (s.failed.length ? `${s.failed.length} input(s) failed:\n${failed}` : '');
}
