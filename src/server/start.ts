/** Puts an app on a TCP port and says where; closing stops accepting and waits for open requests. */
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import type { AddressInfo } from "node:net";

export interface StartOptions {
  app: Hono;
  host: string;
  /** 0 = any free port. */
  port: number;
  /** Overrides of SERVER_TIMEOUTS (tests use short ones). */
  timeouts?: Partial<ServerTimeouts>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServerTimeouts {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  /** How often Node checks connections against the first two. */
  connectionsCheckingInterval: number;
}

/**
 * Deadlines for slow or stalled clients (slowloris): the headers must arrive within
 * 15 s and the whole request (an upload of up to the body cap) within 2 minutes; an idle
 * kept-alive connection is closed after 5 s. The time the server takes to answer (a long
 * ingest) is not limited.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = { headersTimeout: 15_000, requestTimeout: 120_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 5_000 };

export function startServer(options: StartOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const serverOptions = { ...SERVER_TIMEOUTS, ...options.timeouts };
    const server = serve({ fetch: options.app.fetch, hostname: options.host, port: options.port, serverOptions }, (info: AddressInfo) => {
      server.off("error", reject);
      const host = info.family === "IPv6" || options.host.includes(":") ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once("error", reject);
  });
}

/** True for names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
