// Rows as a plain-text table (column widths count CJK characters as two columns).
const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

export function formatTable(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const cols = Object.keys(rows[0] as object);
  const text = rows.map((r) => cols.map((c) => cell(r[c]).replace(/\s+/g, ' ')));
  const w = cols.map((c, i) => Math.max(width(c), ...text.map((t) => width(t[i] as string))));
  const line = (cells: string[]): string => cells.map((s, i) => s + ' '.repeat((w[i] as number) - width(s))).join(' │ ').trimEnd();
  return [line(cols), w.map((n) => '─'.repeat(n)).join('─┼─'), ...text.map(line)].join('\n') + '\n';
}
