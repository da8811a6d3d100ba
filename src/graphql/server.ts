// The server of `kg serve`: graphql-yoga (errors masked: no stack traces; depth, cost, size and token bounds;
// execution cancelled past the time limit) behind the doors and routes of src/http (explorer, GraphiQL, limits).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, useExecutionCancellation, type Plugin } from 'graphql-yoga';
import type { GraphStore } from '../graph/store.js';
import { createApp } from '../http/app.js';
import { doorPolicy } from '../http/doors.js';
import { loadWebBundle, type WebBundle } from '../http/web-bundle.js';
import { makeContext } from './context.js';
import { buildSchema } from './schema.js';
import { depthLimitRule } from './depth-limit.js';
import { costLimitRule } from './cost-limit.js';
import { MAX_COST, MAX_DEPTH } from './limits.js';
import { sizeLimitedParse } from './size-limit.js';

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port */
  port?: number;
  /** origins allowed to read answers from a browser besides the server's own; '*' for any (no credentials) */
  cors?: readonly string[];
  /** more host names the Host header may carry (a DNS name of this machine when serving a network) */
  allowHosts?: readonly string[];
  /** request bodies above this are refused with 413 (default 1 MB) */
  maxBodyBytes?: number;
  /** a request not received and answered within this is stopped (default 30 s) */
  timeoutMs?: number;
  /** the built pages (tests give their own); default: dist/web */
  web?: WebBundle | null;
}

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface RunningServer {
  /** http://host:port/graphql */
  url: string;
  /** http://host:port (the explorer is at its `/`) */
  origin: string;
  server: Server;
  close(): Promise<void>;
}

const limitsPlugin: Plugin = {
  onParse({ setParseFn, parseFn }) {
    setParseFn(sizeLimitedParse(parseFn));
  },
  onValidate({ addValidationRule }) {
    addValidationRule(depthLimitRule(MAX_DEPTH));
    addValidationRule(costLimitRule(MAX_COST));
  },
};

export function createGraphQLHandler(store: GraphStore) {
  return createYoga({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: false, // served by src/http from this server's own files (yoga's default loads it from a CDN)
    landingPage: false,
    cors: false, // the doors of src/http decide
    maskedErrors: { isDev: false },
    context: () => makeContext(store),
    plugins: [limitsPlugin, useExecutionCancellation()],
    logging: false,
  });
}

const hostForUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

export async function startServer(store: GraphStore, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const app = createApp(store, createGraphQLHandler(store), {
    policy: doorPolicy({ host, cors: options.cors ?? [], allowHosts: options.allowHosts ?? [] }),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    timeoutMs,
    web: options.web === undefined ? loadWebBundle() : options.web,
    onError: (err) => process.stderr.write(`kg serve: ${(err as Error).message}\n`),
  });
  const server = createServer(app);
  server.requestTimeout = timeoutMs;
  server.headersTimeout = Math.min(timeoutMs, 20_000);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => { server.off('error', reject); resolve(); });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${hostForUrl(host)}:${port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    server,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}
