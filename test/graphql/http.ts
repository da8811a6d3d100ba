// Test helpers: a real yoga server on a free port over a store loaded with fixtures, and a fetch-based client.
import type { ArticleRecord } from '../../src/extract/record.js';
import type { GraphStore } from '../../src/graph/store.js';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { startServer, type RunningServer } from '../../src/graphql/server.js';

export interface GqlResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

export async function serveRecords(records: readonly ArticleRecord[], store?: GraphStore): Promise<RunningServer> {
  const s = store ?? (await openGraphologyStore(null));
  await ingestRecords(asInputs(records), s);
  return startServer(s, { host: '127.0.0.1', port: 0 });
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}
