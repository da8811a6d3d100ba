// The flags of `kg serve` and `kg start` that shape the server: address, port and the doors (issue 13).
import { UsageError, type FlagSpec } from './args.js';
import { serveOptions } from '../graphql/serve-until-signal.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT_MS, type ServeOptions } from '../graphql/server.js';

export const SERVE_FLAG_SPEC: Record<string, FlagSpec> = {
  port: { type: 'string' },
  host: { type: 'string' },
  cors: { type: 'string', multiple: true },
  'allow-host': { type: 'string', multiple: true },
  'max-body': { type: 'string' },
  timeout: { type: 'string' },
};

export const SERVE_FLAGS_HELP = `  --port N            default 4000, or PORT; 0 picks a free port
  --host H            default 127.0.0.1 (only this machine); 0.0.0.0 to listen on every interface
  --cors ORIGIN       let pages of ORIGIN (e.g. https://app.example:8443) read answers; repeat or comma-separate;
                      * for any site (never with credentials). Default: only the server's own pages
  --allow-host NAME   a host name clients use to reach the server (the Host header is checked: DNS rebinding)
  --max-body SIZE     largest request body, e.g. 200k or 2m (default 1m); larger ones get 413
  --timeout SECONDS   a request not answered within this is stopped with 503 (default ${DEFAULT_TIMEOUT_MS / 1000})`;

const list = (v: unknown): string[] => ((v as string[] | undefined) ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

/** `1000000`, `500k`, `2m` (SI: k = 1,000). */
export function parseSize(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb)?$/i.exec(raw.trim());
  if (!m) throw new UsageError(`--max-body must be a size such as 1000000, 500k or 2m, got "${raw}"`);
  const unit = (m[2] ?? '').toLowerCase();
  const bytes = Number(m[1]) * (unit.startsWith('m') ? 1e6 : unit.startsWith('k') ? 1e3 : 1);
  if (bytes < 1) throw new UsageError(`--max-body must be at least 1 byte, got "${raw}"`);
  return Math.floor(bytes);
}

function parseTimeout(raw: string): number {
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0) throw new UsageError(`--timeout must be a positive number of seconds, got "${raw}"`);
  return Math.round(s * 1000);
}

export function serveOptionsFromFlags(flags: Record<string, unknown>): Required<Pick<ServeOptions, 'host' | 'port'>> & ServeOptions {
  let base;
  try { base = serveOptions({ port: flags.port as string | undefined, host: flags.host as string | undefined }); } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return {
    ...base,
    cors: list(flags.cors),
    allowHosts: list(flags['allow-host']),
    maxBodyBytes: flags['max-body'] === undefined ? DEFAULT_MAX_BODY_BYTES : parseSize(String(flags['max-body'])),
    timeoutMs: flags.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseTimeout(String(flags.timeout)),
  };
}
