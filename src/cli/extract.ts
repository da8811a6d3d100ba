// kg extract: one JSON line per article on stdout; diagnostics on stderr.
import { parseArgs, intFlag, UsageError } from './args.js';
import { extractInputsJson } from '../extract/pipeline.js';
import type { ArticleRecord } from '../extract/record.js';

export const help = `usage: kg extract [--date YYYY-MM-DD] [--jsonl] [--workers N] [--explain] <files|folders|->

Prints, for every article found, one JSON line: headlines, date, reporters, the people, organizations,
companies and places it names (every mention with offsets into the original text), positions held and
meetings with attendees and roles, each with the evidence sentence (ARCHITECTURE.md § "kg extract output").

  <files|folders|->  text files (UTF-8 or GB18030/GBK, detected), HTML files, folders (recursively), or - for stdin;
                     a file is read as a newspaper page and split into its articles (ids <path>#1, #2 …)
  --jsonl            read JSON lines {"id","text","title"?,"date"?}: each line is one article and keeps its id
  --date D           the date of the page (YYYY-MM-DD): the year of dates that state none, and 今天/26日
  --workers N        worker threads (default: 1 for inputs under 1 MB, one per core above)
  --explain          also print, on stderr, each article's finds with the rule that made them (the rule ids
                     are always in the JSON output; docs/rules.md lists them)

Exit status: 0 when every input was read, 1 when some input could not be (its error is on stderr and
every other input's output is still complete), 2 for bad usage.
`;

const text = new TextDecoder();

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    date: { type: 'string' }, jsonl: { type: 'boolean' }, workers: { type: 'string' }, explain: { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('no input given (files, folders or - for stdin)');
  const date = flags.date as string | undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const workers = flags.workers === undefined ? undefined : intFlag(flags.workers, 'workers', 1) || 1;
  let failed = 0;
  const out = process.stdout;
  for await (const r of extractInputsJson(positionals, { jsonl: Boolean(flags.jsonl), ...(date ? { date } : {}), ...(workers ? { workers } : {}) })) {
    if (!r.ok) {
      failed++;
      process.stderr.write(`kg extract: ${r.message}\n`);
      continue;
    }
    if (!out.write(r.utf8)) await new Promise((res) => out.once('drain', res));
    if (flags.explain) for (const line of text.decode(r.utf8).split('\n')) if (line) process.stderr.write(explain(line));
  }
  return failed > 0 ? 1 : 0;
}

/** One line per article and one per find: what was found and by which rule. */
function explain(json: string): string {
  const r = JSON.parse(json) as ArticleRecord;
  const lines = [`${r.id}: ${r.entities.length} entities, ${r.positions.length} positions, ${r.meetings.length} meetings`];
  for (const e of r.entities) for (const m of e.mentions) lines.push(`  ${e.type} ${m.text} [${m.start},${m.end}) ${m.rule}`);
  for (const p of r.positions) lines.push(`  position ${p.person} ${p.title} ${p.organization ?? '-'} ${p.rule}`);
  for (const m of r.meetings) {
    lines.push(`  meeting ${m.name} ${m.reported ? 'reported' : 'referred to'} ${m.rule}`);
    for (const a of m.attendees) lines.push(`    ${a.order}. ${a.person} ${a.roles.join('+')} ${a.rule}`);
  }
  return `${lines.join('\n')}\n`;
}
