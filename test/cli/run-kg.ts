// Runs the built `kg` command (bin/kg.js) as a user would, capturing stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

export function runKg(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [KG, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
