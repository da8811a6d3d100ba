// vitest globalSetup: compile src/ into dist/, precompile the dictionaries (dist/snapshot) and bundle the browser
// pages into dist/web once, so tests that run the `kg` command or load the pages run the current code.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.KG_SKIP_BUILD === '1') return; // for quick unit runs while dist/ is known to be current
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['scripts/build-snapshot.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
}
