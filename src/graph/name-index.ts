// In-memory index of names and aliases per label (normalised), for findByName and cross-article resolution.
import type { GraphNode, Label } from './model.js';
import { normalizeName } from './names.js';

type Table = Map<string, Set<string>>;

export interface NameIndex {
  names: Map<Label, Table>;
  aliases: Map<Label, Table>;
}

export const newNameIndex = (): NameIndex => ({ names: new Map(), aliases: new Map() });

function put(tables: Map<Label, Table>, label: Label, key: string, id: string): void {
  let t = tables.get(label);
  if (!t) { t = new Map(); tables.set(label, t); }
  let s = t.get(key);
  if (!s) { s = new Set(); t.set(key, s); }
  s.add(id);
}

/** Adds a node's name and aliases (a node's names only grow, so nothing is ever removed). */
export function indexNode(index: NameIndex, node: GraphNode): void {
  put(index.names, node.label, normalizeName(node.name), node.id);
  for (const a of node.aliases) put(index.aliases, node.label, normalizeName(a), node.id);
}

const smallest = (s: Set<string> | undefined): string | null => (s && s.size ? [...s].sort()[0] ?? null : null);

/** Exact name first, then alias; several hits: the smallest id. */
export function lookupName(index: NameIndex, label: Label, name: string): string | null {
  const key = normalizeName(name);
  return smallest(index.names.get(label)?.get(key)) ?? smallest(index.aliases.get(label)?.get(key));
}
