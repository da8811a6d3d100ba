// Who may talk to the server (issue 13, "the server's doors"): the Host header (DNS rebinding) and the Origin of
// cross-site browser requests (CORS). Same-origin by default; `--cors ORIGIN` lets named sites in, `*` any site but
// never with credentials; `--allow-host NAME` adds a host name. Pure functions of the request's headers.

export interface DoorPolicy {
  /** origins allowed besides the server's own (`http://host:port`); '*' allows any */
  corsOrigins: readonly string[];
  /** host names (no port, lower case) the Host header may carry; null: not checked */
  allowedHosts: ReadonlySet<string> | null;
}

export interface DoorOptions {
  /** the address the server is bound to (--host) */
  host: string;
  cors?: readonly string[];
  allowHosts?: readonly string[];
}

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

const bracket = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** Host check: always on a loopback or named address; on a wildcard address only when --allow-host names hosts. */
export function doorPolicy(o: DoorOptions): DoorPolicy {
  const extra = (o.allowHosts ?? []).map((h) => bracket(h.toLowerCase()));
  const wildcard = WILDCARDS.has(o.host);
  const allowedHosts = wildcard && extra.length === 0 ? null
    : new Set([...LOOPBACK_NAMES, ...(wildcard ? [] : [bracket(o.host.toLowerCase())]), ...extra]);
  return { corsOrigins: [...(o.cors ?? [])].map((x) => x.replace(/\/+$/, '')), allowedHosts };
}

/** The host name of a Host header, without its port: `127.0.0.1:4000` → `127.0.0.1`, `[::1]:80` → `[::1]`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.indexOf(':');
  return colon < 0 ? h : h.slice(0, colon);
}

export function hostAllowed(header: string | undefined, p: DoorPolicy): boolean {
  if (p.allowedHosts === null) return true;
  return header !== undefined && header !== '' && p.allowedHosts.has(hostName(header));
}

export type OriginVerdict =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; reason: string };

/** The host:port of an Origin header (`https://kg.example.org` → `kg.example.org`), or null for `null` and junk. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** No Origin or the server's own (same host and port; http, or https through a TLS proxy): allowed, no CORS
 * headers. A listed origin (or `*`): allowed, with the header that lets the browser read the answer (never
 * Access-Control-Allow-Credentials). Any other: refused. */
export function originVerdict(origin: string | undefined, host: string | undefined, p: DoorPolicy): OriginVerdict {
  if (origin === undefined || (host !== undefined && originHost(origin) === host.toLowerCase())) {
    return { allowed: true, headers: {} };
  }
  if (p.corsOrigins.includes(origin)) return { allowed: true, headers: { 'access-control-allow-origin': origin, vary: 'Origin' } };
  if (p.corsOrigins.includes('*')) return { allowed: true, headers: { 'access-control-allow-origin': '*' } };
  return { allowed: false, reason: `requests from origin ${origin} are not allowed (start kg serve with --cors ${origin} to allow them)` };
}

/** The answer to an allowed CORS preflight (OPTIONS with Access-Control-Request-Method). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, accept',
  'access-control-max-age': '600',
};
