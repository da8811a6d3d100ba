// Runs the GraphQL server until SIGTERM or SIGINT, then closes it and the store (what `kg serve` / `kg start` do).
import type { GraphStore } from '../graph/store.js';
import { startServer, type RunningServer, type ServeOptions } from './server.js';

export class ServeError extends Error {
  override name = 'ServeError';
}

/** --port, else PORT, else 4000; --host, else 127.0.0.1. */
export function serveOptions(flags: { port?: string | undefined; host?: string | undefined }): Required<Pick<ServeOptions, 'host' | 'port'>> {
  const raw = flags.port ?? process.env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServeError(`port must be 0..65535, got "${raw}"`);
  return { host: flags.host ?? '127.0.0.1', port };
}

export async function serveUntilSignal(store: GraphStore, options: ServeOptions & Required<Pick<ServeOptions, 'host' | 'port'>>,
  onReady: (server: RunningServer) => void): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer(store, options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ServeError(`${options.host}:${options.port} is already in use (give --port N, or --port 0 for any free port)`);
    if (code === 'EADDRNOTAVAIL') throw new ServeError(`cannot listen on host ${options.host} (give --host H)`);
    throw err;
  }
  onReady(server);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await server.close();
  await store.close();
}
