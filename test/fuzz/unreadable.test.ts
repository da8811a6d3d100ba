// Files and folders the user running kg may not read: one error line each ("permission denied"), and every other
// input still extracted. Root reads everything, so under root (as on this project's machines) kg runs without the
// capabilities that let root pass permissions (setpriv, from util-linux), else as nobody. Running as nobody needs a
// checkout nobody can reach: a clone in a private folder (mktemp -d makes one) is not.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KG } from '../cli/run-kg.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** the capabilities by which root reads what its permissions forbid */
const DROP_CAPS = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search'];

function hasSetpriv(): boolean {
  return spawnSync('setpriv', ['--version'], { encoding: 'utf8' }).status === 0;
}

const PAGE = '青禾县召开防汛工作会议\n\n6月3日，青禾县召开防汛工作会议。县委书记吕承安主持会议并讲话，县长贝明哲出席会议。\n';

describe.skipIf(process.platform === 'win32')('inputs kg may not read', () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-unreadable-'));
  afterAll(() => { rmSync(root, { recursive: true, force: true }); });

  it('an unreadable file and an unreadable folder are one error each; the readable page is extracted', () => {
    chmodSync(root, 0o755);
    writeFileSync(join(root, 'a-good.txt'), PAGE);
    writeFileSync(join(root, 'b-locked.txt'), PAGE);
    mkdirSync(join(root, 'c-locked-folder'));
    writeFileSync(join(root, 'c-locked-folder', 'inside.txt'), PAGE);
    chmodSync(join(root, 'b-locked.txt'), 0o000);
    chmodSync(join(root, 'c-locked-folder'), 0o000);
    const args = [KG, 'extract', '--workers', '1', root];
    const r = asRoot && hasSetpriv()
      ? spawnSync('setpriv', [...DROP_CAPS, process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8', ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([join(root, 'a-good.txt')]);
    expect(r.stderr.trim().split('\n')).toEqual([
      `kg extract: ${join(root, 'b-locked.txt')}: permission denied`,
      `kg extract: ${join(root, 'c-locked-folder')}: permission denied`,
    ]);
  });
});
