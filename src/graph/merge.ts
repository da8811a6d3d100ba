// Merge rules for nodes and edges met again (re-ingest, a second article naming the same entity).
// Pure functions; every store applies them (the Neo4j store in Cypher or read-modify-write) so results agree.
import type { EvidenceRef, GraphEdge, GraphNode, PropValue } from './model.js';
import { ATTENDANCE_ROLES } from '../extract/record.js';

type Props = Record<string, PropValue>;

const isSet = (v: PropValue | undefined): v is PropValue => v !== null && v !== undefined;

/** Keys of `a` kept, keys missing (or null) in `a` filled from `b`. */
function fillMissing(a: Props, b: Props): Props {
  const out: Props = { ...a };
  for (const [k, v] of Object.entries(b)) if (!isSet(out[k]) && isSet(v)) out[k] = v;
  return out;
}

export function unionStrings(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * The node already stored keeps its name; the incoming name (if different) and aliases join the aliases.
 * Properties: the stored value wins, missing ones are filled — except Article, where the newest content wins,
 * and Meeting.reported, which is true once any article reports the meeting.
 */
export function mergeNode(old: GraphNode, incoming: GraphNode): GraphNode {
  const aliases = unionStrings(old.aliases, [incoming.name, ...incoming.aliases]).filter((a) => a !== old.name);
  const props = old.label === 'Article' ? fillMissing(incoming.props, old.props) : fillMissing(old.props, incoming.props);
  if (old.label === 'Meeting') props.reported = Boolean(old.props.reported) || Boolean(incoming.props.reported);
  return { ...old, aliases, props };
}

const evidenceKey = (e: EvidenceRef): string => `${e.article}|${e.start}|${e.end}|${e.field ?? ''}`;

/** Evidence appended in order, without duplicates (same article and offsets). */
export function mergeEvidence(a: readonly EvidenceRef[], b: readonly EvidenceRef[]): EvidenceRef[] {
  const seen = new Set(a.map(evidenceKey));
  const out = [...a];
  for (const e of b) if (!seen.has(evidenceKey(e))) { seen.add(evidenceKey(e)); out.push(e); }
  return out;
}

const minDate = (a: PropValue | undefined, b: PropValue | undefined): PropValue =>
  !isSet(a) ? (b ?? null) : !isSet(b) ? a : String(a) <= String(b) ? a : b;
const maxDate = (a: PropValue | undefined, b: PropValue | undefined): PropValue =>
  !isSet(a) ? (b ?? null) : !isSet(b) ? a : String(a) >= String(b) ? a : b;

/**
 * firstSeen = min, lastSeen = max, roles = union (in ATTENDANCE_ROLES order), order = min,
 * count (MENTIONS, one edge per article) = the incoming value; other properties: stored value wins, missing filled.
 */
export function mergeEdge(old: GraphEdge, incoming: GraphEdge): GraphEdge {
  const props = fillMissing(old.props, incoming.props);
  const o = old.props;
  const n = incoming.props;
  if ('firstSeen' in o || 'firstSeen' in n) props.firstSeen = minDate(o.firstSeen, n.firstSeen);
  if ('lastSeen' in o || 'lastSeen' in n) props.lastSeen = maxDate(o.lastSeen, n.lastSeen);
  if (Array.isArray(o.roles) || Array.isArray(n.roles)) {
    const roles = new Set([...((o.roles as string[]) ?? []), ...((n.roles as string[]) ?? [])]);
    props.roles = ATTENDANCE_ROLES.filter((r) => roles.has(r));
  }
  if (typeof o.order === 'number' && typeof n.order === 'number') props.order = Math.min(o.order, n.order);
  if (isSet(n.count)) props.count = n.count;
  return { ...old, props, evidence: mergeEvidence(old.evidence, incoming.evidence) };
}
