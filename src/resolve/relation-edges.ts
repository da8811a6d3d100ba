// Relations the extractor found: positions, meetings (attendance, organizer, place), recognitions.
import { ATTENDANCE_ROLES } from '../extract/record.js';
import type { Meeting } from '../extract/record.js';
import type { GraphNode } from '../graph/model.js';
import { edgeId, meetingId } from '../graph/ids.js';
import { addEdge, addNode } from './batch-builder.js';
import { compact, evidenceOf, type ArticleContext } from './context.js';
import { refFor } from './entity-nodes.js';

const PERSON = ['Person'] as const;
/** ORGANIZED_BY points at an Organization or a Place (the model), or at a Company that holds its own meeting. */
const BODY = ['Organization', 'Place', 'Company'] as const;
/** HOLDS_POSITION too, and at a Company the article names (董事长 of a company) rather than a duplicate Organization. */
const EMPLOYER = ['Organization', 'Place', 'Company'] as const;

/** HOLDS_POSITION {title, firstSeen, lastSeen = the article date}; a position naming no organisation has no edge. */
export function addPositionEdges(ctx: ArticleContext): void {
  for (const p of ctx.record.positions) {
    if (!p.organization) continue;
    const person = refFor(ctx, p.person, PERSON);
    const org = refFor(ctx, p.organization, EMPLOYER);
    addEdge(ctx.builder, {
      id: edgeId('HOLDS_POSITION', person.id, org.id, p.title), type: 'HOLDS_POSITION', from: person.id, to: org.id,
      props: compact({ title: p.title, firstSeen: ctx.record.date, lastSeen: ctx.record.date }),
      evidence: [evidenceOf(ctx, p.evidence)],
    });
  }
}

function addMeeting(ctx: ArticleContext, m: Meeting): string {
  // (a name written without its holder, 2026年工作会议, is keyed and shown with it: every body holds one)
  const name = m.fullName ?? m.name;
  const id = meetingId(name, m.startDate);
  const node: GraphNode = {
    id, label: 'Meeting', name, aliases: m.fullName ? [m.name] : [],
    props: compact({ kind: m.kind, reported: m.reported, startDate: m.startDate, endDate: m.endDate ?? m.startDate }),
  };
  addNode(ctx.builder, node);
  return id;
}

export function addMeetingEdges(ctx: ArticleContext): void {
  for (const m of ctx.record.meetings) {
    const id = addMeeting(ctx, m);
    const ev = [evidenceOf(ctx, m.evidence)];
    const a = ctx.articleId;
    addEdge(ctx.builder, { id: edgeId('MENTIONS', a, id), type: 'MENTIONS', from: a, to: id, props: { count: 1 }, evidence: ev });
    if (m.reported) addEdge(ctx.builder, { id: edgeId('REPORTS', a, id), type: 'REPORTS', from: a, to: id, props: {}, evidence: ev });
    if (m.organizer) {
      const org = refFor(ctx, m.organizer, BODY);
      addEdge(ctx.builder, { id: edgeId('ORGANIZED_BY', id, org.id), type: 'ORGANIZED_BY', from: id, to: org.id, props: {}, evidence: ev });
    }
    if (m.place) {
      const place = refFor(ctx, m.place, ['Place']);
      addEdge(ctx.builder, { id: edgeId('HELD_IN', id, place.id), type: 'HELD_IN', from: id, to: place.id, props: {}, evidence: ev });
    }
    for (const at of m.attendees) {
      const person = refFor(ctx, at.person, PERSON);
      addEdge(ctx.builder, {
        id: edgeId('ATTENDED', person.id, id), type: 'ATTENDED', from: person.id, to: id,
        props: { roles: ATTENDANCE_ROLES.filter((r) => at.roles.includes(r)), order: at.order }, evidence: [evidenceOf(ctx, at.evidence)],
      });
    }
  }
}

/** RECOGNIZED {title, year}; a recognition naming no awarding body has no edge. */
export function addRecognitionEdges(ctx: ArticleContext): void {
  for (const r of ctx.record.recognitions ?? []) {
    if (!r.by) continue;
    const by = refFor(ctx, r.by, ['Organization']);
    const company = refFor(ctx, r.company, ['Company']);
    addEdge(ctx.builder, {
      id: edgeId('RECOGNIZED', by.id, company.id, `${r.title}@${r.year ?? ''}`), type: 'RECOGNIZED', from: by.id, to: company.id,
      props: compact({ title: r.title, year: r.year }), evidence: [evidenceOf(ctx, r.evidence)],
    });
  }
}
