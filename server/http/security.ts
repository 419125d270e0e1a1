/** REST guards: bearer API keys, per-address rate limits, request body size. */
import { timingSafeEqual, createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { KeyedLimiter } from "../rate-limit.ts";
import { errorResponse } from "./errors.ts";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Requires `Authorization: Bearer KEY` with one of `keys`; a no-op when none are configured. */
export function apiKeys(keys: readonly string[]): MiddlewareHandler {
  const digests = keys.map(digest);
  return async (c, next) => {
    if (digests.length === 0) return next();
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const given = match ? digest(match[1].trim()) : null;
    if (!given || !digests.some((d) => timingSafeEqual(d, given))) {
      c.header("WWW-Authenticate", 'Bearer realm="pathwise"');
      return errorResponse(c, "unauthorized", "a valid API key is required: Authorization: Bearer KEY", 401);
    }
    return next();
  };
}

export function rateLimit(rate: number, burst: number): MiddlewareHandler {
  const limiter = new KeyedLimiter(rate, burst);
  return async (c, next) => {
    const address = getConnInfo(c).remote.address ?? "unknown";
    if (!limiter.take(address)) {
      c.header("Retry-After", "1");
      return errorResponse(c, "rate_limited", "too many requests; slow down", 429);
    }
    return next();
  };
}
