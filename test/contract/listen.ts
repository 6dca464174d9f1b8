import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A test server listening on 127.0.0.1 and a free port: its URL, and how to stop it. */
export interface ListeningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 and a free port. `close` runs `beforeClose` (to clear what the
 * server keeps pending), drops open connections and resolves once the server has stopped.
 */
export async function listenOnLoopback(
  server: Server,
  beforeClose: () => void = () => undefined,
): Promise<ListeningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        beforeClose();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
