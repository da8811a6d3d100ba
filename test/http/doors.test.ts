// The doors as pure functions: host names, the policy per bound address, the Origin verdicts.
import { describe, expect, it } from 'vitest';
import { doorPolicy, hostAllowed, hostName, originVerdict } from '../../src/http/doors.js';

describe('doors', () => {
  it.each([
    ['127.0.0.1:4000', '127.0.0.1'], ['LOCALHOST:80', 'localhost'], ['[::1]:4000', '[::1]'], ['example.org', 'example.org'],
  ])('hostName(%s) = %s', (header, name) => { expect(hostName(header)).toBe(name); });

  it.each([
    // [bound to, --allow-host, Host header, allowed]
    ['127.0.0.1', [], '127.0.0.1:4000', true],
    ['127.0.0.1', [], 'localhost:4000', true],
    ['127.0.0.1', [], '[::1]:4000', true],
    ['127.0.0.1', [], 'attacker.example:4000', false],
    ['127.0.0.1', [], undefined, false],
    ['127.0.0.1', ['kg.lan'], 'kg.lan:4000', true],
    ['192.168.1.5', [], '192.168.1.5:4000', true],
    ['192.168.1.5', [], 'rebound.example', false],
    ['0.0.0.0', [], 'anything.example', true],
    ['0.0.0.0', ['kg.lan'], 'anything.example', false],
    ['0.0.0.0', ['kg.lan'], 'KG.lan:4000', true],
  ] as const)('bound to %s with --allow-host %j: Host %s allowed: %s', (host, allow, header, allowed) => {
    expect(hostAllowed(header, doorPolicy({ host, allowHosts: allow }))).toBe(allowed);
  });

  it('lets the server\'s own origin in without CORS headers, refuses any other by default', () => {
    const p = doorPolicy({ host: '127.0.0.1' });
    expect(originVerdict(undefined, '127.0.0.1:4000', p)).toEqual({ allowed: true, headers: {} });
    expect(originVerdict('http://127.0.0.1:4000', '127.0.0.1:4000', p)).toEqual({ allowed: true, headers: {} });
    expect(originVerdict('https://kg.example.org', 'kg.example.org', p)).toEqual({ allowed: true, headers: {} }); // behind a TLS proxy
    expect(originVerdict('http://127.0.0.1:5000', '127.0.0.1:4000', p).allowed).toBe(false);
    expect(originVerdict('http://evil.example', '127.0.0.1:4000', p).allowed).toBe(false);
    expect(originVerdict('null', '127.0.0.1:4000', p).allowed).toBe(false);
  });

  it('--cors names origins (their answer header, never credentials); * allows any without credentials', () => {
    const named = doorPolicy({ host: '127.0.0.1', cors: ['https://app.example/'] });
    expect(originVerdict('https://app.example', 'x', named)).toEqual({ allowed: true, headers: { 'access-control-allow-origin': 'https://app.example', vary: 'Origin' } });
    expect(originVerdict('https://other.example', 'x', named).allowed).toBe(false);
    const any = doorPolicy({ host: '127.0.0.1', cors: ['*'] });
    expect(originVerdict('https://other.example', 'x', any)).toEqual({ allowed: true, headers: { 'access-control-allow-origin': '*' } });
  });
});
