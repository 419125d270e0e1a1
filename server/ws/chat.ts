/**
 * The chat endpoint on the HTTP server: upgrades `/v1/chat` for allowed origins, keeps connections
 * alive with pings, and closes them all on shutdown.
 */
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { Logger } from "pino";
import type { ServerConfig } from "../config.ts";
import type { Sessions } from "../sessions/sessions.ts";
import type { Metrics } from "../metrics.ts";
import { ChatConnection } from "./connection.ts";
import { originAllowed } from "./origin.ts";
import { hostAllowed } from "../http/hosts.ts";
import { keyMatcher } from "../http/security.ts";
import type { AddressBudget } from "../budget.ts";
import type { ConnectionCap } from "../http/connections.ts";

export const CHAT_PATH = "/v1/chat";

function reject(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
}

export interface ChatDeps {
  sessions: Sessions;
  budget: AddressBudget;
  connectionCap: ConnectionCap;
}

export function attachChat(server: Server, config: ServerConfig, { sessions, budget, connectionCap }: ChatDeps, metrics: Metrics, log: Logger) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes * 4, perMessageDeflate: false });
  const connections = new Map<import("ws").WebSocket, ChatConnection>();
  const keyed = keyMatcher(config.apiKeys);

  server.on("upgrade", (req, socket, head) => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== CHAT_PATH) return reject(socket, 404, "Not Found");
    if (!hostAllowed(req.headers.host, config.publicHosts)) {
      log.warn({ host: req.headers.host }, "websocket host refused");
      return reject(socket, 421, "Misdirected Request");
    }
    if (!originAllowed(req.headers.origin, req.headers.host, config)) {
      log.warn({ origin: req.headers.origin }, "websocket origin refused");
      return reject(socket, 403, "Forbidden");
    }
    if (connectionCap.exceeded(req.socket)) return reject(socket, 429, "Too Many Requests");
    // A key is optional on the WebSocket (browsers cannot send one); a wrong one is refused.
    const hasKey = req.headers.authorization === undefined ? false : keyed(req.headers.authorization);
    if (hasKey === false && req.headers.authorization !== undefined) return reject(socket, 401, "Unauthorized");
    const address = req.socket.remoteAddress ?? "unknown";
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new ChatConnection(ws, sessions, config, { budget, address, keyed: hasKey === true }, metrics, log);
      connections.set(ws, conn);
      metrics.wsConnections.inc();
      ws.on("error", (err) => log.debug({ err }, "websocket error"));
      ws.on("close", () => {
        connections.delete(ws);
        metrics.wsConnections.dec();
      });
    });
  });

  const heartbeat = setInterval(() => {
    for (const [ws, conn] of connections) {
      if (!conn.alive) {
        ws.terminate();
        continue;
      }
      conn.alive = false;
      ws.ping();
    }
  }, config.heartbeatMs);
  heartbeat.unref();

  return {
    connections: () => connections.size,
    /** Stops taking connections, lets handled frames finish, then closes every socket with 1001. */
    async close(timeoutMs = 5000): Promise<void> {
      clearInterval(heartbeat);
      const drained = Promise.all([...connections.values()].map((c) => c.drained()));
      await Promise.race([drained, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      for (const ws of connections.keys()) ws.close(1001, "server shutting down");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
