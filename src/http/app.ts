// The request handler of `kg serve`: the doors first (Host, Origin, method, body size), then the routes —
// `/` the explorer, `/assets/…` its files and GraphiQL's, `/graphql` GraphiQL for a browser or GraphQL for a client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphReader } from '../graph/store.js';
import { hostAllowed, originVerdict, PREFLIGHT_HEADERS, type DoorPolicy } from './doors.js';
import { BodyTooLarge, readBody } from './read-body.js';
import { COMMON_HEADERS, EXPLORER_CSP, GRAPHIQL_CSP, NO_CACHE, sendGraphQLError, sendText } from './headers.js';
import { serveAsset } from './static-assets.js';
import { defaultQuery, graphiqlHtml } from './graphiql-page.js';
import { answerWithYoga, type FetchHandler } from './yoga-bridge.js';
import type { WebBundle } from './web-bundle.js';

export interface AppOptions {
  policy: DoorPolicy;
  maxBodyBytes: number;
  timeoutMs: number;
  /** null: the pages were not built; `/` and GraphiQL then say how to build them */
  web: WebBundle | null;
  /** an unexpected failure (the client only gets "internal error") */
  onError?: (err: unknown) => void;
}

const NOT_BUILT = 'kg serve: the browser pages are not built (run `npm run build`); GraphQL answers at /graphql';

function sendPage(req: IncomingMessage, res: ServerResponse, html: string, csp: string): void {
  const body = Buffer.from(html);
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length),
    'cache-control': NO_CACHE, 'content-security-policy': csp,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const wantsHtml = (req: IncomingMessage, url: URL): boolean =>
  req.method === 'GET' && !url.searchParams.has('query') && /\btext\/html\b/.test(String(req.headers.accept ?? ''));

export function createApp(store: GraphReader, yoga: FetchHandler, o: AppOptions) {
  let graphiqlQuery: Promise<string> | null = null;

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>): Promise<void> {
    if (wantsHtml(req, url)) {
      if (!o.web) return sendText(res, 503, NOT_BUILT);
      graphiqlQuery ??= defaultQuery(store);
      return sendPage(req, res, graphiqlHtml(o.web, await graphiqlQuery), GRAPHIQL_CSP);
    }
    let body: Buffer | null = null;
    if (req.method === 'POST') {
      try {
        body = await readBody(req, o.maxBodyBytes);
      } catch (err) {
        if (!(err instanceof BodyTooLarge)) throw err;
        return sendGraphQLError(res, 413, `the request body is larger than ${o.maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE', { ...cors, connection: 'close' });
      }
    }
    return answerWithYoga(yoga, req, res, body, { timeoutMs: o.timeoutMs, headers: cors });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(COMMON_HEADERS)) res.setHeader(k, v);
    const host = req.headers.host;
    if (!hostAllowed(host, o.policy)) return sendText(res, 403, `kg serve: Host "${host ?? ''}" is not allowed (start kg serve with --allow-host NAME to allow it)`);
    const origin = originVerdict(req.headers.origin, host, o.policy);
    if (!origin.allowed) return sendText(res, 403, `kg serve: ${origin.reason}`);
    if (req.method === 'OPTIONS') {
      const preflight = req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
      res.writeHead(204, { ...origin.headers, ...(preflight ? PREFLIGHT_HEADERS : {}), allow: 'GET, HEAD, POST, OPTIONS' });
      return void res.end();
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql') return graphql(req, res, url, origin.headers);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed', { allow: 'GET, HEAD, OPTIONS' });
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return o.web ? sendPage(req, res, o.web.indexHtml, EXPLORER_CSP) : sendText(res, 503, NOT_BUILT);
    }
    if (url.pathname.startsWith('/assets/') && o.web) return serveAsset(req, res, o.web.dir, url.pathname.slice('/assets/'.length));
    return sendText(res, 404, 'not found');
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((err: unknown) => {
      o.onError?.(err);
      // never a stack trace or a path: the details stay on the server
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  };
}
