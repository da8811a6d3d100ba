// A plain node:http client for the server's doors: any Host, Origin or body, no fetch rules in the way.
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function raw(url: string, o: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: o.method ?? 'GET', headers: o.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (o.body !== undefined && o.chunked) {
      // no Content-Length: the server only learns the size as the bytes arrive
      const b = Buffer.from(o.body);
      for (let i = 0; i < b.length; i += 65_536) req.write(b.subarray(i, i + 65_536));
      req.end();
    } else req.end(o.body);
  });
}

export const postJson = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  raw(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

/** What an error answer must never show: a stack frame, a source file, an absolute path of this machine. */
export const LEAKS = /\bat .+:\d+|\.ts:\d+|node:internal|\/work\/|\/home\/|\/tmp\//;
