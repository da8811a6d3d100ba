#!/usr/bin/env node
// The `kg` command. Plain JavaScript that loads the compiled library (built by `npm run build`, run by `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('kg: the compiled code is missing (dist/); run `npm run build` (npm ci runs it through `prepare`).\n');
  process.exit(2);
}
// a reader that stops early (kg extract … | head) is not an error
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// the commands that extract run in a node started with kg's V8 flags (src/cli/v8-flags.ts): this one waits for it
const { relaunch, watchParent } = await import(new URL('../dist/cli/relaunch.js', import.meta.url).href);
const status = await relaunch(fileURLToPath(import.meta.url), process.argv.slice(2));
if (status !== null) process.exit(status);
watchParent();
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
