/** REST guards: Host names, connections per address, bearer API keys, per-address rate limits and budget. */
import { timingSafeEqual, createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { KeyedLimiter } from "../rate-limit.ts";
import { COST, addressKey, type AddressBudget } from "../budget.ts";
import { ProtocolError } from "../protocol.ts";
import { errorResponse } from "./errors.ts";
import { hostAllowed } from "./hosts.ts";
import type { ConnectionCap } from "./connections.ts";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Checks an `Authorization` header against the keys: true for a valid key, false for a wrong or
 * missing one, null when no keys are configured (nothing to check).
 */
export function keyMatcher(keys: readonly string[]): (authorization: string | undefined) => boolean | null {
  const digests = keys.map(digest);
  return (authorization) => {
    if (digests.length === 0) return null;
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? "");
    const given = match ? digest(match[1].trim()) : null;
    return given !== null && digests.some((d) => timingSafeEqual(d, given));
  };
}

/** Requires `Authorization: Bearer KEY` with one of `keys`; a no-op when none are configured. */
export function apiKeys(keys: readonly string[]): MiddlewareHandler {
  const matches = keyMatcher(keys);
  return async (c, next) => {
    if (matches(c.req.header("authorization")) === false) {
      c.header("WWW-Authenticate", 'Bearer realm="pathwise"');
      return errorResponse(c, "unauthorized", "a valid API key is required: Authorization: Bearer KEY", 401);
    }
    return next();
  };
}

/** Refuses a `Host` that is not a loopback name, an IP address or a configured public host (DNS rebinding). */
export function checkHost(publicHosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!hostAllowed(c.req.header("host"), publicHosts)) {
      return errorResponse(c, "unknown_host", "this server does not answer to that host name (PATHWISE_PUBLIC_HOSTS)", 421);
    }
    return next();
  };
}

/** Answers a connection over its address's cap with 429 and closes it. */
export function capConnections(cap: ConnectionCap): MiddlewareHandler {
  return async (c, next) => {
    if (!cap.exceeded(incoming(c).socket)) return next();
    c.header("Connection", "close");
    c.header("Retry-After", "1");
    return errorResponse(c, "too_many_connections", cap.message, 429);
  };
}

/** Requests per second per address, whatever they cost. */
export function rateLimit(rate: number, burst: number): MiddlewareHandler {
  const limiter = new KeyedLimiter(rate, burst);
  return async (c, next) => {
    if (!limiter.take(addressKey(clientAddress(c)))) {
      c.header("Retry-After", "1");
      return errorResponse(c, "rate_limited", "too many requests; slow down", 429);
    }
    return next();
  };
}

/** Every /v1 request spends one unit of its address's budget; handlers spend more for dearer work (`spend`). */
export function budget(b: AddressBudget): MiddlewareHandler {
  return async (c, next) => {
    spend(c, b, COST.act);
    return next();
  };
}

/** Spends `cost` units of the request's address budget; throws `rate_limited` (429) when it is spent. */
export function spend(c: Context, b: AddressBudget, cost: number): void {
  const wait = b.spend(clientAddress(c), cost);
  if (wait === 0) return;
  c.header("Retry-After", String(Math.ceil(wait)));
  throw new ProtocolError("rate_limited", `this address is over its budget; retry in ${wait.toFixed(1)} s`, 429);
}

function incoming(c: Context): IncomingMessage {
  const env = c.env as { incoming?: IncomingMessage; server?: { incoming: IncomingMessage } };
  return env.server?.incoming ?? env.incoming!;
}

export function clientAddress(c: Context): string {
  return incoming(c).socket.remoteAddress ?? "unknown";
}
