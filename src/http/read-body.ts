// A request body read into memory up to a limit: a larger one (by Content-Length or by what arrives) is refused
// before it is parsed, so a 10 MB query is never read, parsed or echoed back.
import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
  }
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (err: Error): void => {
      req.removeAllListeners('data');
      req.resume(); // drain what is still coming; the answer goes out with Connection: close
      reject(err);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(new BodyTooLarge(limit));
      else chunks.push(chunk);
    });
    req.once('end', () => { if (size <= limit) resolve(Buffer.concat(chunks)); });
    req.once('error', reject);
  });
}
