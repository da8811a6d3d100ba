// Recognitions: a body naming companies in a list of honours. "甲部发布…名单 … 其中，乙公司“某示范工厂”、丙公司
// 入选…揭榜单位" → 乙 and 丙 RECOGNIZED by 甲部, with the honour's title (the quoted phrase after the company, else
// what follows the verb) and its year.
import type { Found } from '../types.js';
import type { RelateContext } from './context.js';
import { spanIndex } from '../span-index.js';

export interface FoundRecognition {
  company: Found;
  title: string;
  by: Found | null;
  year: number | null;
  evidence: { start: number; end: number };
  rule: string;
}

const HONOURED = /(?:入选|上榜|获评|被评为|被认定为|被命名为|荣获|获得|列入|入围)/;
const ISSUED = /(?:发布|公布|认定|命名|授予|评选|公示|印发)/;
const ISSUER_LOOKBACK = 3;

export function findRecognitions(ctx: RelateContext): FoundRecognition[] {
  const { doc, found } = ctx;
  const out: FoundRecognition[] = [];
  // an honour is a company's: an article that names none, or holds no honouring verb, is not read by sentence
  if (!found.some((f) => f.type === 'company') || !HONOURED.test(doc.text)) return out;
  doc.sentences.forEach((s, k) => {
    const text = doc.text.slice(s.start, s.end);
    const verb = HONOURED.exec(text);
    if (!verb) return;
    const verbAt = s.start + verb.index;
    const companies = spanIndex(found).within(s.start, verbAt, (f) => f.type === 'company');
    if (companies.length === 0) return;
    const listTitle = /^[^，。；、]{2,40}/.exec(doc.text.slice(verbAt + verb[0].length, s.end))?.[0] ?? '';
    const by = issuer(ctx, k);
    for (const c of companies) {
      const quoted = /^“([^”]{2,40})”/.exec(doc.text.slice(c.end, s.end))?.[1];
      const title = quoted ?? listTitle;
      if (!title) continue;
      const year = /((?:19|20)\d{2})年/.exec(title) ?? /((?:19|20)\d{2})年/.exec(listTitle) ?? /((?:19|20)\d{2})年/.exec(text);
      out.push({ company: c, title, by, year: year ? Number(year[1]) : null, evidence: s, rule: quoted ? 'recognition.quoted-title' : 'recognition.list' });
    }
  });
  return out;
}

/** The organization that issued the list: the subject of 发布/公布… in this sentence or the few before it. */
function issuer(ctx: RelateContext, k: number): Found | null {
  const { doc, found } = ctx;
  for (let j = k; j >= Math.max(0, k - ISSUER_LOOKBACK); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const m = ISSUED.exec(doc.text.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index;
    const orgs = spanIndex(found).within(s.start, at, (f) => f.type === 'organization');
    if (orgs.length) return orgs[orgs.length - 1] as Found;
  }
  return null;
}
