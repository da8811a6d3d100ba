// The serve flags as options: sizes, time limits, lists of origins and hosts.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { parseSize, serveOptionsFromFlags } from '../../src/cli/serve-flags.js';

describe('serve flags', () => {
  it.each([['1000000', 1_000_000], ['500k', 500_000], ['2m', 2_000_000], ['1.5MB', 1_500_000], ['64kb', 64_000]])('--max-body %s = %d bytes', (raw, bytes) => {
    expect(parseSize(raw)).toBe(bytes);
  });

  it.each(['', 'lots', '-1', '0', '1g'])('--max-body "%s" is a usage error', (raw) => {
    expect(() => parseSize(raw)).toThrow(UsageError);
  });

  it('defaults: 1 MB, 30 s, same origin only, no extra hosts', () => {
    expect(serveOptionsFromFlags({})).toEqual({ host: '127.0.0.1', port: 4000, cors: [], allowHosts: [], maxBodyBytes: 1_000_000, timeoutMs: 30_000 });
  });

  it('takes repeated and comma-separated lists', () => {
    const o = serveOptionsFromFlags({ cors: ['https://a.example,https://b.example', '*'], 'allow-host': ['kg.lan'], timeout: '2.5', port: '0' });
    expect(o).toMatchObject({ cors: ['https://a.example', 'https://b.example', '*'], allowHosts: ['kg.lan'], timeoutMs: 2500, port: 0 });
  });
});
