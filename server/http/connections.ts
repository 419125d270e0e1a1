/**
 * Open TCP connections per client address (HTTP keep-alive and WebSocket alike). A connection over
 * the cap is flagged when it opens; its first request or upgrade is answered 429 and it is closed,
 * so a client sees why instead of a reset.
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";
import { addressKey } from "../budget.ts";

export class ConnectionCap {
  private readonly open = new Map<string, number>();
  private readonly over = new WeakSet<Socket>();

  constructor(private readonly max: number) {}

  attach(server: Server): void {
    server.on("connection", (socket: Socket) => {
      const key = addressKey(socket.remoteAddress);
      const n = (this.open.get(key) ?? 0) + 1;
      this.open.set(key, n);
      if (n > this.max) this.over.add(socket);
      socket.once("close", () => {
        const left = (this.open.get(key) ?? 1) - 1;
        if (left === 0) this.open.delete(key);
        else this.open.set(key, left);
      });
    });
  }

  /** Whether this connection is one too many for its address. */
  exceeded(socket: Socket): boolean {
    return this.over.has(socket);
  }

  get message(): string {
    return `too many connections from this address (at most ${this.max}); close some and retry`;
  }
}
