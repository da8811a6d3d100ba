// Strict-span NER scoring, the same rules as ../shared/score-ner.mjs:
// a prediction counts when type, start and end all match a gold mention; gold types absent from a corpus
// are not scored; for corpora without `company`, a predicted company counts as an organization and a
// predicted position (or any other type the gold lacks) is ignored.

export interface ScoredMention {
  type: string;
  start: number;
  end: number;
  text?: string;
}

export interface ScoredRecord {
  id: string;
  text?: string;
  entities: ScoredMention[];
}

export interface TypeScore {
  tp: number;
  pred: number;
  gold: number;
}

export interface ScoreReport {
  /** per scored type, sorted by name */
  types: Record<string, TypeScore>;
  all: TypeScore;
  /** `<id> missed|false <type>:<start>:<end> <surface>` lines, gold order */
  errors: string[];
}

/** Merges records split into several articles (`id#2`) back under their input id. */
export function groupById(records: Iterable<ScoredRecord>): Map<string, ScoredRecord> {
  const out = new Map<string, ScoredRecord>();
  for (const r of records) {
    const id = String(r.id).replace(/#\d+$/, '');
    const prev = out.get(id);
    out.set(id, prev ? { ...prev, entities: [...prev.entities, ...r.entities] } : { ...r, id });
  }
  return out;
}

export function scoreRecords(gold: Map<string, ScoredRecord>, pred: Map<string, ScoredRecord>): ScoreReport {
  const goldTypes = new Set<string>();
  for (const r of gold.values()) for (const e of r.entities) goldTypes.add(e.type);
  const fold = (t: string): string => (t === 'company' && !goldTypes.has('company') ? 'organization' : t);
  const key = (e: ScoredMention): string => `${fold(e.type)}:${e.start}:${e.end}`;
  const types: Record<string, TypeScore> = {};
  const bump = (t: string, k: keyof TypeScore): void => {
    types[t] ??= { tp: 0, pred: 0, gold: 0 };
    types[t][k]++;
  };
  const errors: string[] = [];
  const surface = (r: ScoredRecord, k: string): string => {
    const [, s, e] = k.split(':');
    return r.text?.slice(Number(s), Number(e)) ?? '';
  };
  for (const [id, g] of gold) {
    const gs = new Set(g.entities.map(key));
    const ps = new Set((pred.get(id)?.entities ?? []).filter((e) => goldTypes.has(fold(e.type))).map(key));
    for (const k of gs) {
      const t = k.split(':')[0] as string;
      bump(t, 'gold');
      if (ps.has(k)) bump(t, 'tp');
      else errors.push(`${id} missed ${k} ${surface(g, k)}`);
    }
    for (const k of ps) {
      bump(k.split(':')[0] as string, 'pred');
      if (!gs.has(k)) errors.push(`${id} false ${k} ${surface(g, k)}`);
    }
  }
  const sorted: Record<string, TypeScore> = {};
  const all: TypeScore = { tp: 0, pred: 0, gold: 0 };
  for (const t of Object.keys(types).sort()) {
    const s = types[t] as TypeScore;
    sorted[t] = s;
    all.tp += s.tp;
    all.pred += s.pred;
    all.gold += s.gold;
  }
  return { types: sorted, all, errors };
}

/** Precision, recall and F1 of one row. */
export function prf(s: TypeScore): { p: number; r: number; f1: number } {
  const p = s.tp / Math.max(1, s.pred);
  const r = s.tp / Math.max(1, s.gold);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** The score-ner.mjs table: one line per type, then `all`. */
export function formatReport(report: ScoreReport, errorLines = 0): string {
  const row = (name: string, s: TypeScore, tail: string): string => {
    const { p, r, f1 } = prf(s);
    return `${name.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}  ${tail}`;
  };
  const lines = Object.entries(report.types).map(([t, s]) => row(t, s, `(tp ${s.tp}, pred ${s.pred}, gold ${s.gold})`));
  lines.push(...report.errors.slice(0, errorLines));
  lines.push(row('all', report.all, '(strict spans)'));
  return lines.join('\n') + '\n';
}
