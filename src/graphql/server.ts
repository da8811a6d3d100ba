// The GraphQL server: graphql-yoga on node:http, GraphiQL on, errors masked (no stack traces), depth and cost bounded.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { GraphStore } from '../graph/store.js';
import { makeContext } from './context.js';
import { buildSchema } from './schema.js';
import { depthLimitRule } from './depth-limit.js';
import { costLimitRule } from './cost-limit.js';
import { MAX_COST, MAX_DEPTH } from './limits.js';

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port */
  port?: number;
}

export interface RunningServer {
  /** http://host:port/graphql */
  url: string;
  server: Server;
  close(): Promise<void>;
}

const limitsPlugin: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(depthLimitRule(MAX_DEPTH));
    addValidationRule(costLimitRule(MAX_COST));
  },
};

export function createGraphQLHandler(store: GraphStore) {
  return createYoga({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: true,
    landingPage: false,
    maskedErrors: { isDev: false },
    context: () => makeContext(store),
    plugins: [limitsPlugin],
    logging: false,
  });
}

const hostForUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

export async function startServer(store: GraphStore, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createGraphQLHandler(store));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => { server.off('error', reject); resolve(); });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostForUrl(host)}:${port}/graphql`,
    server,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}
