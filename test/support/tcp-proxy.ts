// A TCP proxy on 127.0.0.1 in front of a real server (PostgreSQL in the outage tests), so a test can take the
// database away from the bot without stopping the server other tests share. No vitest import here.

import net from 'node:net';

export type ProxyState = 'open' | 'cut' | 'paused';

export interface TcpProxy {
  /** 127.0.0.1 port the proxy listens on. */
  port: number;
  state: ProxyState;
  /** Connections currently relayed (both sockets open). */
  connections: number;
  /**
   * The server is gone: every relayed connection is reset, and new ones are accepted and reset at once (what a
   * client sees when the database restarts or crashes).
   */
  cut(): void;
  /**
   * The network is gone: connections stay open but nothing is relayed either way, and new ones are accepted but
   * never reach the server (a partition; only the client's own timeouts end the wait).
   */
  pause(): void;
  /** Relays again: paused connections resume, new connections reach the server. */
  restore(): void;
  close(): Promise<void>;
}

type Pair = { client: net.Socket; server: net.Socket | undefined };

/** Starts a proxy to `target` (host and port of the real server). */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let state: ProxyState = 'open';

  const destroy = (pair: Pair) => {
    pair.client.resetAndDestroy();
    pair.server?.resetAndDestroy();
    pairs.delete(pair);
  };

  const connect = (pair: Pair) => {
    const server = net.connect(target.port, target.host);
    pair.server = server;
    server.on('error', () => destroy(pair));
    server.on('close', () => destroy(pair));
    // pipe() pauses a side while the other is not draining; pausing the proxy pauses both sockets.
    pair.client.pipe(server);
    server.pipe(pair.client);
    if (state === 'paused') {
      pair.client.pause();
      server.pause();
    }
  };

  const listener = net.createServer((client) => {
    const pair: Pair = { client, server: undefined };
    pairs.add(pair);
    client.on('error', () => destroy(pair));
    client.on('close', () => destroy(pair));
    if (state === 'cut') return destroy(pair);
    if (state === 'paused') {
      // Accepted, but the server never hears of it until restore(): the client's connect timeout decides.
      client.pause();
      return;
    }
    connect(pair);
  });
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (listener.address() as net.AddressInfo).port;

  return {
    port,
    get state() {
      return state;
    },
    get connections() {
      return [...pairs].filter((pair) => pair.server !== undefined).length;
    },
    cut: () => {
      state = 'cut';
      for (const pair of [...pairs]) destroy(pair);
    },
    pause: () => {
      state = 'paused';
      for (const pair of pairs) {
        pair.client.pause();
        pair.server?.pause();
      }
    },
    restore: () => {
      state = 'open';
      for (const pair of [...pairs]) {
        if (pair.server === undefined) {
          connect(pair);
          pair.client.resume();
        } else {
          pair.client.resume();
          pair.server.resume();
        }
      }
    },
    close: async () => {
      for (const pair of [...pairs]) destroy(pair);
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    },
  };
}

/** The URL of a database reached through the proxy instead of directly. */
export function throughProxy(databaseUrl: string, proxy: Pick<TcpProxy, 'port'>): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return url.toString();
}
