// Entity nodes of one article (Person, Organization, Company, Place) and the article's name table.
import type { Entity, EntityType } from '../extract/record.js';
import type { GraphNode, Label } from '../graph/model.js';
import { entityId } from '../graph/ids.js';
import { normalizeName } from '../graph/names.js';
import { addNode } from './batch-builder.js';
import { compact, lookup, type ArticleContext, type NodeRef } from './context.js';
import { expandRegionPrefix } from './region-prefix.js';

type EntityLabel = Exclude<Label, 'Meeting' | 'Article'>;

const LABEL_OF: Partial<Record<EntityType, EntityLabel>> = {
  person: 'Person', organization: 'Organization', company: 'Company', place: 'Place',
};

/** The canonical name of an entity after region-prefix expansion, and every name it goes by in the article. */
function namesOf(e: Entity, places: readonly string[]): { name: string; aliases: string[] } {
  const expanded = e.type === 'organization' || e.type === 'company' ? expandRegionPrefix(e.name, places) : null;
  const name = expanded ?? e.name;
  const aliases = [...new Set([...(expanded ? [e.name] : []), ...e.aliases])].filter((a) => a !== name);
  return { name, aliases };
}

/** Adds one node per recognised entity (position entities are titles, not nodes) and fills ctx.names. */
export function addEntityNodes(ctx: ArticleContext): void {
  for (const e of ctx.record.entities) {
    const label = LABEL_OF[e.type];
    if (!label) continue;
    const { name, aliases } = namesOf(e, ctx.places);
    // (a person named by the surname alone, 王书记 with no 王 named before, is someone of this article only: one node
    // of every bare 王 across articles would make strangers one person and a hub of the graph)
    const id = label === 'Person' && bareSurname(e) ? `${entityId(label, name)}@${ctx.articleId}` : entityId(label, name);
    const node: GraphNode = { id, label, name, aliases, props: compact({ kind: e.kind }) };
    addNode(ctx.builder, node);
    const ref: NodeRef = { id: node.id, label, name };
    for (const n of [name, ...aliases]) if (!ctx.names.has(normalizeName(n))) ctx.names.set(normalizeName(n), ref);
  }
}

/** Every mention of the entity is a surname reference, and it took no full name: its name is the surname alone. */
function bareSurname(e: Entity): boolean {
  return e.name.length <= 2 && e.mentions.length > 0 && e.mentions.every((m) => m.rule === 'person.surname-ref');
}

const PLACE_END = /(省|市|县|区|镇|乡|街道|自治州|新区)$/;

/**
 * The node a relation names (a position's organisation, an organizer, an attendee), as one of the `accepted`
 * labels the model allows there: the article's entity when it names one with such a label, otherwise a new node
 * labelled `accepted[0]` — or Place when Place is accepted and the name ends like a place (云溪县).
 */
export function refFor(ctx: ArticleContext, name: string, accepted: readonly EntityLabel[]): NodeRef {
  const known = lookup(ctx, name);
  if (known && accepted.includes(known.label as EntityLabel)) return known;
  const first = accepted[0] as EntityLabel;
  const expanded = first === 'Organization' ? expandRegionPrefix(name, ctx.places) : null;
  const canonical = expanded ?? name;
  const label: EntityLabel = accepted.includes('Place') && PLACE_END.test(canonical) ? 'Place' : first;
  const node: GraphNode = {
    id: entityId(label, canonical), label, name: canonical, aliases: expanded ? [name] : [], props: {},
  };
  addNode(ctx.builder, node);
  const ref: NodeRef = { id: node.id, label, name: canonical };
  if (!known) {
    ctx.names.set(normalizeName(name), ref);
    ctx.names.set(normalizeName(canonical), ref);
  }
  return ref;
}
