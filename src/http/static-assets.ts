// Files under dist/web/assets: flat, content-hashed names only (no path can leave the folder), the right content
// type, a year of caching, and the gzip twin the build wrote when the browser accepts it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { IMMUTABLE, sendText } from './headers.js';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function serveAsset(req: IncomingMessage, res: ServerResponse, dir: string, name: string): void {
  const type = TYPES[extname(name)];
  const file = `${dir}assets/${name}`;
  if (!SAFE_NAME.test(name) || !type || !existsSync(file)) {
    sendText(res, 404, 'not found');
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${file}.gz`);
  const path = gzip ? `${file}.gz` : file;
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(statSync(path).size),
    'cache-control': IMMUTABLE,
    vary: 'Accept-Encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(path).pipe(res);
}
