// Where the nodes of a relationship are named inside one of its evidence sentences (Evidence.mentions).
// Evidence offsets are into the ORIGINAL text, the sentence is the normalised surface (line breaks and
// letter-spacing removed), so an article's recorded mention of the node inside the sentence's original span is
// found again in the sentence by its text, at the occurrence nearest its relative place. A node whose mention was
// not recorded there (MENTIONS keeps the first 20; a meeting's MENTIONS holds its sentence, not a name) is found by
// its name or aliases, longest first.

export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

export interface MarkCandidate {
  nodeId: string;
  /** the node's name and aliases */
  names: readonly string[];
  /** the article's recorded mentions of the node (offsets into the original text) */
  mentions: readonly MentionSpan[];
}

export interface Mark extends MentionSpan {
  nodeId: string;
}

/** A mark and how it was found: from the article's recorded mention, or by the node's names. */
type Found = Mark & { recorded: boolean };

function occurrences(sentence: string, text: string): number[] {
  const at: number[] = [];
  if (!text) return at;
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) at.push(i);
  return at;
}

/** The occurrence of `text` in `sentence` nearest `near`, or null. */
function nearest(sentence: string, text: string, near: number): number | null {
  let best: number | null = null;
  for (const i of occurrences(sentence, text)) if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
  return best;
}

function marksOf(sentence: string, span: { start: number; end: number }, c: MarkCandidate): Found[] {
  // strictly shorter than the sentence: a meeting's MENTIONS evidence is the sentence that reports it, not a name
  const inside = c.mentions.filter((m) => m.start >= span.start && m.end <= span.end && m.end - m.start < span.end - span.start);
  const found: Found[] = [];
  for (const m of inside) {
    const at = nearest(sentence, m.text, m.start - span.start);
    if (at !== null) found.push({ nodeId: c.nodeId, start: at, end: at + m.text.length, text: m.text, recorded: true });
  }
  if (found.length > 0) return found;
  const byLength = [...c.names].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  for (const name of byLength) {
    const at = occurrences(sentence, name);
    if (at.length > 0) return at.map((i) => ({ nodeId: c.nodeId, start: i, end: i + name.length, text: name, recorded: false }));
  }
  return [];
}

/** Marks in sentence order. Where two overlap, a recorded mention beats a name found (a meeting named after its
 * host, 某某主持召开座谈会, leaves the host marked), then the longer, then the earlier. */
export function markMentions(sentence: string, span: { start: number; end: number }, candidates: readonly MarkCandidate[]): Mark[] {
  const all = candidates.flatMap((c) => marksOf(sentence, span, c))
    .sort((a, b) => Number(b.recorded) - Number(a.recorded) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Mark[] = [];
  for (const { recorded: _, ...m } of all) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
