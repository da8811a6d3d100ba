// The GraphQL documents the page sends (every one within the server's depth and cost bounds).

export const NODE_FIELDS = `fragment N on Node { __typename id name
  ... on Entity { aliases }
  ... on Organization { kind } ... on Place { kind }
  ... on Meeting { kind startDate endDate reported }
  ... on Article { date title source } }`;

export const EVIDENCE_FIELDS = `fragment E on Evidence { sentence date start end
  article { id name title date source }
  mentions { start end text node { id } } }`;

export const SEARCH = `query Search($text: String!, $limit: Int, $labels: [Label!]) {
  search(text: $text, limit: $limit, labels: $labels) { ...N } }
${NODE_FIELDS}`;

/** How many relationships of one node are drawn at most (the API's largest page). */
export const AROUND_LIMIT = 1000;

export const AROUND = `query Around($of: ID!, $types: [RelationshipType!], $roles: [AttendanceRole!], $from: Date, $to: Date, $limit: Int) {
  center: node(id: $of) { ...N }
  total: relationshipCount(of: $of, types: $types, roles: $roles, from: $from, to: $to)
  relationships(of: $of, types: $types, roles: $roles, from: $from, to: $to, limit: $limit) {
    id type roles order title firstSeen lastSeen count year from { ...N } to { ...N } } }
${NODE_FIELDS}`;

export const PATH = `query Path($from: String!, $to: String!) {
  path(from: $from, to: $to, maxHops: 6) { relationship forward from { ...N } to { ...N } evidence { ...E } } }
${NODE_FIELDS}
${EVIDENCE_FIELDS}`;

/** Lists in the side panel come a page at a time (a meeting can have hundreds of attendees). */
export const PANEL_PAGE = 100;

const PERSON = `... on Person {
  positions { title firstSeen lastSeen organization { ...N } evidence { ...E } }
  attended(limit: $limit, offset: $offset) { roles order meeting { ...N place { id name } organizer { id name } } evidence { ...E } }
  coAttendees(limit: 30) { count person { id name } meetings { id name } }
  wrote(limit: 20) { ...N } }`;

const ORGANIZATION = `... on Organization {
  partOf { ...N } children { ...N }
  members(limit: $limit, offset: $offset) { title firstSeen lastSeen person { ...N } evidence { ...E } }
  meetingsOrganized(limit: 50) { ...N } }`;

const PLACE = `... on Place {
  children { ...N }
  members(limit: $limit, offset: $offset) { title firstSeen lastSeen person { ...N } evidence { ...E } } }`;

const COMPANY = `... on Company {
  place { ...N }
  recognitions { title year by { ...N } evidence { ...E } }
  members(limit: $limit, offset: $offset) { title firstSeen lastSeen person { ...N } evidence { ...E } } }`;

const MEETING = `... on Meeting {
  place { ...N } organizer { ...N }
  attendees(limit: $limit, offset: $offset) { order roles person { ...N } evidence { ...E } }
  articles(limit: 20) { ...N } }`;

const ARTICLE = `... on Article { headlines reporters { ...N } meetings { ...N } }`;

const FACTS = { Person: PERSON, Organization: ORGANIZATION, Place: PLACE, Company: COMPANY, Meeting: MEETING, Article: ARTICLE };

/** One query per label, so each stays within the cost bound. */
export function factsQuery(label: keyof typeof FACTS): string {
  const paged = label === 'Article' ? '' : ', $limit: Int, $offset: Int';
  return `query Facts($id: ID!${paged}) { node(id: $id) { ...N ${FACTS[label]} } }
${NODE_FIELDS}
${EVIDENCE_FIELDS}`;
}
