/** The one error shape of REST answers: `{"error":{"code","message"}}`, never a stack trace. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../protocol.ts";

export function errorResponse(c: Context, code: ErrorCode, message: string, status: number) {
  return c.json({ error: { code, message } }, status as ContentfulStatusCode);
}
