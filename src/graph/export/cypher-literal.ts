// Cypher literal syntax for parameter VALUES set with cypher-shell's `:param name => <value>`.
// Only ever used for parameters, never spliced into a query.
import type { PropValue } from '../model.js';

export type CypherValue = PropValue | CypherValue[] | { [k: string]: CypherValue };

export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}

/** Map keys are back-quoted (a back-quote inside is doubled). */
export function cypherKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``;
}

export function cypherLiteral(v: CypherValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`cypherLiteral: ${v} has no Cypher literal`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${cypherKey(k)}: ${cypherLiteral(x)}`).join(', ')}}`;
}
