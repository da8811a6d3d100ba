// GraphStore: the one interface every graph backend implements (graphology file, Neo4j).
// The GraphQL resolvers and `kg ingest` / `stats` / `export` talk only to this interface.
// Every method is async so a networked store (Neo4j) can implement it as one query each.
// Semantics are pinned by the contract suite in test/graph/store-contract.ts.
import type { GraphBatch, GraphEdge, GraphNode, Label, RelType } from './model.js';
import type { AttendanceRole } from '../extract/record.js';

/** `out`: edges leaving the node; `in`: edges arriving; `both`: either. */
export type Direction = 'out' | 'in' | 'both';

export interface Page {
  limit: number;
  offset: number;
}

/** An edge together with the node at its OTHER end (seen from the node asked about). */
export interface Hit {
  edge: GraphEdge;
  node: GraphNode;
}

/** Inclusive date range (YYYY-MM-DD); a missing bound is open. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export interface NodeFilter extends Page {
  label: Label;
  /** substring of the name or of any alias (after name normalisation, see normalizeName) */
  nameContains?: string | null;
  /** exact `kind` property (Organization, Place, Meeting) */
  kind?: string | null;
  /** only nodes with a HOLDS_POSITION edge to this node id (people of an organisation) */
  positionIn?: string | null;
}

export interface MeetingFilter extends Page, DateRange {
  /** node id of a Person who ATTENDED */
  attendee?: string | null;
  /** node id of the organizer (ORGANIZED_BY target) */
  organization?: string | null;
  nameContains?: string | null;
}

export interface NeighbourQuery extends Partial<Page> {
  type: RelType;
  direction: Direction;
  /** keep only other-end nodes with this label */
  label?: Label;
}

/** What `relationshipsAround` keeps: every filter given must hold (src/graph/around.ts states the rules). */
export interface AroundFilter extends Page, DateRange {
  /** relationship types to keep; absent or null: every type */
  types?: readonly RelType[] | null;
  /** ATTENDED edges with one of these roles are kept, other ATTENDED edges dropped; other types are unaffected */
  roles?: readonly AttendanceRole[] | null;
}

/** One page of the relationships around a node, and how many pass the filter in all. */
export interface Around {
  total: number;
  hits: Hit[];
}

export interface CoAttendee {
  person: GraphNode;
  /** number of meetings both attended */
  count: number;
  /** ids of those meetings, sorted */
  meetings: string[];
}

/** One step of a path, in path order (`from` is nearer the start); `forward` is false when the edge points back. */
export interface PathStep {
  from: GraphNode;
  edge: GraphEdge;
  to: GraphNode;
  forward: boolean;
}

/** Labels and types with nothing stored are absent (an empty store: `{ nodes: {}, relationships: {} }`). */
export interface GraphCounts {
  nodes: Partial<Record<Label, number>>;
  relationships: Partial<Record<RelType, number>>;
}

/** What a merge did; `…Updated` may over-count (a store that cannot tell may count every match). */
export interface MergeResult {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

/** Read side: what the GraphQL resolvers use. Lists are ordered deterministically (see each method). */
export interface GraphReader {
  getNode(id: string): Promise<GraphNode | null>;
  /** several nodes at once (the GraphQL server batches look-ups made in one tick); missing ids are left out */
  getNodes(ids: readonly string[]): Promise<GraphNode[]>;
  /** exact name first, then alias (both normalised); null when none. Several alias hits: smallest id. */
  findByName(label: Label, name: string): Promise<GraphNode | null>;
  /** nodes of any label (or of `labels`) whose name or alias contains `text`; exact names first, then by label order, name, id */
  search(text: string, opts: { labels?: Label[]; limit: number }): Promise<GraphNode[]>;
  /** ordered by name, then id (code-point order) */
  listNodes(filter: NodeFilter): Promise<GraphNode[]>;
  /** ordered by startDate (nulls last), name, id; a date range keeps meetings whose [startDate, endDate] overlaps it */
  listMeetings(filter: MeetingFilter): Promise<GraphNode[]>;
  /** edges of one type at a node, with the other end; ordered by other node name, then edge id */
  neighbours(id: string, q: NeighbourQuery): Promise<Hit[]>;
  /**
   * Every relationship at a node, in either direction (self-loops left out), with the node at its other end: what
   * the explorer draws. Ordered by type (REL_TYPES order), other node's name, its id, edge id. Dates: an edge's span
   * is a position's [firstSeen, lastSeen], or the meeting's days when one end is a Meeting; it is kept when the span
   * overlaps the range, an edge without a span when one of its evidence dates is inside it; undated edges are left
   * out when a bound is given. An unknown id gives `{ total: 0, hits: [] }`.
   */
  relationshipsAround(id: string, filter: AroundFilter): Promise<Around>;
  /** edges by id (missing ids are left out), in no particular order */
  getEdges(ids: readonly string[]): Promise<GraphEdge[]>;
  /** ATTENDED edges into a meeting, with the person; ordered by `order` (nulls last), then person name */
  attendance(meetingId: string, opts: Page & { role?: AttendanceRole | null }): Promise<Hit[]>;
  /** attendance of several meetings with the same options, in one go (the list of a meetings query) */
  attendanceMany(meetingIds: readonly string[], opts: Page & { role?: AttendanceRole | null }): Promise<Map<string, Hit[]>>;
  /** ATTENDED edges of a person, with the meeting; date range as listMeetings; ordered as listMeetings */
  meetingsOf(personId: string, opts: Page & DateRange & { role?: AttendanceRole | null }): Promise<Hit[]>;
  /** HOLDS_POSITION edges of a person, with the organisation/place; ordered by firstSeen (nulls last), title, edge id */
  positionsOf(personId: string): Promise<Hit[]>;
  /** HOLDS_POSITION edges into an organisation/place, with the person; ordered by person name, title */
  membersOf(orgId: string, opts: Page): Promise<Hit[]>;
  /** PART_OF targets of a node (an Organization may be part of an Organization and of a Place); ordered: Organization first, then name */
  parentsOf(id: string): Promise<GraphNode[]>;
  /** nodes that are PART_OF this node; ordered by name, id */
  childrenOf(id: string): Promise<GraphNode[]>;
  /** people who ATTENDED a meeting the person attended; by count desc, then name, id */
  coAttendees(personId: string, opts: { limit: number }): Promise<CoAttendee[]>;
  /** a shortest chain between two nodes ignoring direction, over every type, at most maxHops edges; null when none; [] when from === to */
  shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null>;
  counts(): Promise<GraphCounts>;
  /** every node then every edge, for exports; streaming so 10^5 articles fit */
  allNodes(): AsyncIterable<GraphNode>;
  allEdges(): AsyncIterable<GraphEdge>;
}

/** A name look-up as findByName does it. */
export type NameLookup = (label: Label, name: string) => Promise<GraphNode | null>;

/** How a batch's entities are matched with stored ones across articles (src/resolve/resolve-batch.ts). */
export interface Resolver {
  /** the names resolve() may look up in this batch: a store with concurrent writers locks them first */
  names(batch: GraphBatch): { label: Label; name: string }[];
  /** the batch with its entities re-keyed onto the stored nodes they are */
  resolve(batch: GraphBatch, lookup: NameLookup): Promise<GraphBatch>;
}

/** Write side: idempotent merges (see src/graph/merge.ts for the property rules). */
export interface GraphWriter {
  /** true when an Article node with this id exists and has this content hash (ingest then skips it) */
  hasArticle(id: string, hash: string): Promise<boolean>;
  /**
   * add or merge every node, then every edge (an edge whose ends are missing is an error). With a resolver, the
   * batch is first resolved against the store — in the same transaction as the write where the store has them,
   * so that writers running at once resolve as they would one after another.
   */
  mergeBatch(batch: GraphBatch, resolver?: Resolver): Promise<MergeResult>;
  /** persist pending writes (the graphology store writes its file atomically here) */
  flush(): Promise<void>;
  /** release resources; does NOT flush */
  close(): Promise<void>;
}

export interface GraphStore extends GraphReader, GraphWriter {
  /** a short description for messages: the file path or the Neo4j URI */
  readonly location: string;
}

/** Thrown by a store for bad input or a corrupt file; the message names the place (file:line or method). */
export class GraphStoreError extends Error {
  override name = 'GraphStoreError';
}
