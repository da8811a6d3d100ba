// The `kg extract` output contract (ARCHITECTURE.md § "kg extract output"): one ArticleRecord per article.
// Offsets are UTF-16 code units into the ORIGINAL text of the record, end exclusive.

export type EntityType = 'person' | 'organization' | 'company' | 'place' | 'position';
export type AttendanceRole = 'PRESIDED' | 'SPOKE' | 'ATTENDED' | 'VIDEO_SPEECH';
export const ATTENDANCE_ROLES: readonly AttendanceRole[] = ['PRESIDED', 'SPOKE', 'ATTENDED', 'VIDEO_SPEECH'];

export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an entity in the text. `text` is the normalised surface. */
export interface Mention extends Span {
  text: string;
  /** present only for mentions found in a `--jsonl` title: offsets are then into the title */
  field?: 'title';
  /** the rule that produced the mention (see docs/rules.md) */
  rule: string;
}

export interface Entity {
  type: EntityType;
  /** canonical name (simplified Chinese, expanded where an alias table says so) */
  name: string;
  /** other names found for the same entity in the article */
  aliases: string[];
  /** Organization / Place kind (party, government, bureau, street, town, district …) */
  kind?: string;
  mentions: Mention[];
}

/** The sentence that states a relation: offsets into the original text plus its normalised text. */
export interface Evidence extends Span {
  sentence: string;
}

export interface Position {
  person: string;
  title: string;
  /** canonical organization (or place) name, or null when the text names none */
  organization: string | null;
  evidence: Evidence;
  rule: string;
}

export interface Attendee {
  person: string;
  roles: AttendanceRole[];
  order: number;
  evidence: Evidence;
  rule: string;
}

export interface Meeting {
  name: string;
  /**
   * The name with its organizer before it, when the name as written holds none (某县交通运输局 + 2026年工作会议): the
   * name the graph keys and shows the meeting by. Absent when it is the name.
   */
  fullName?: string;
  kind: string;
  reported: boolean;
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  organizer: string | null;
  evidence: Evidence;
  attendees: Attendee[];
  rule: string;
}

export interface Recognition {
  company: string;
  title: string;
  by: string | null;
  year: number | null;
  evidence: Evidence;
  rule: string;
}

export interface Credit extends Span {
  name: string;
  role: string;
}

export interface ArticleRecord {
  id: string;
  source: string;
  title: string | null;
  headlines: string[];
  date: string | null;
  reporters: string[];
  /** who is credited and as what (记者, 通讯员, 融媒体记者, 文, 图, 编辑 …), with the name's offsets: bylines and credits
   * wherever the article prints them; `reporters` lists the same names */
  credits: Credit[];
  entities: Entity[];
  positions: Position[];
  meetings: Meeting[];
  recognitions: Recognition[];
  /** span of the article in the original text of its input */
  span: Span;
  /** sha256 (hex, first 16) of the article's normalised text: the content identity used for idempotent ingest */
  hash: string;
}
