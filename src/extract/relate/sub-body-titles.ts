// Titles that hold a unit of the body they are written after: 工会主席 of a company is 主席 of the company's 工会 (its
// trade union, a body of its own with its own congress), as 党委书记 is 书记 of its 党委 (positions.ts). Written so,
// the union's chair is found under the union, where a union's report names her.

/** The unit a title begins with, and the post in that unit. */
const SUB_BODY_TITLES: readonly { prefix: string; why: string }[] = [
  { prefix: '工会', why: 'a trade union is a body of its own: 工会主席, 工会副主席 of 某公司 lead 某公司工会' },
  { prefix: '政治部', why: "a court's, procuratorate's or police bureau's political department is a unit of its own: 政治部主任" },
];

/** The title and organization with the unit moved into the organization, or null when the title holds none. */
export function subBodyOf(title: string, organization: string | null): { title: string; organization: string } | null {
  if (!organization) return null;
  const sub = SUB_BODY_TITLES.find((x) => title.startsWith(x.prefix) && title.length > x.prefix.length);
  if (!sub || organization.endsWith(sub.prefix)) return null;
  return { title: title.slice(sub.prefix.length), organization: organization + sub.prefix };
}
