// A request already read (body within its limit) handed to graphql-yoga's fetch handler, answered within a time
// limit: past it the execution is aborted (yoga's execution cancellation) and the client gets a 503.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendGraphQLError } from './headers.js';

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'expect']);

function forwardedHeaders(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || HOP_BY_HOP.has(k)) continue;
    for (const x of Array.isArray(v) ? v : [v]) h.append(k, x);
  }
  return h;
}

/** What the bridge needs of a yoga instance: its fetch-API handler. */
export interface FetchHandler {
  fetch(input: string, init: RequestInit): Response | Promise<Response>;
}

export async function answerWithYoga(yoga: FetchHandler, req: IncomingMessage, res: ServerResponse,
  body: Buffer | null, o: { timeoutMs: number; headers: Record<string, string> }): Promise<void> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => { resolve(null); controller.abort(); }, o.timeoutMs);
  });
  try {
    const init: RequestInit = { method: req.method ?? 'GET', headers: forwardedHeaders(req), signal: controller.signal };
    if (body && body.length > 0) init.body = Uint8Array.from(body);
    const response = await Promise.race([yoga.fetch(`http://localhost${req.url ?? '/'}`, init), timedOut]);
    if (response === null) {
      sendGraphQLError(res, 503, `the request took longer than ${o.timeoutMs / 1000} s and was stopped`, 'TIMEOUT', o.headers);
      return;
    }
    const payload = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = { ...o.headers };
    response.headers.forEach((v, k) => { if (!HOP_BY_HOP.has(k)) headers[k] = v; });
    headers['content-length'] = String(payload.length);
    res.writeHead(response.status, headers);
    res.end(payload);
  } finally {
    clearTimeout(timer);
  }
}
