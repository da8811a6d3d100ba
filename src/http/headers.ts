// Response headers every answer carries, and the Content-Security-Policy of the pages: nothing outside the server
// (scripts, workers, styles, fonts and requests from 'self' only; images also from data: and blob:, which the page
// makes itself for the PNG export). GraphiQL's editor (Monaco) adds <style> elements at run time, so its page
// allows inline styles; scripts stay 'self' only.
import type { ServerResponse } from 'node:http';

const BASE_CSP = [
  "default-src 'none'", "script-src 'self'", "worker-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "manifest-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
];

export const EXPLORER_CSP = [...BASE_CSP, "style-src 'self'"].join('; ');
export const GRAPHIQL_CSP = [...BASE_CSP, "style-src 'self' 'unsafe-inline'"].join('; ');

/** On every response: no sniffing, no framing, no referrer, not readable by other sites' no-cors requests. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Pages change with the build: revalidate every time. Assets have content hashes in their names: keep for a year. */
export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`${text}\n`);
}

/** A GraphQL-shaped error (for /graphql, so clients show the message). */
export function sendGraphQLError(res: ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
