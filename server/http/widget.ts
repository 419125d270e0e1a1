/**
 * The embeddable widget and its demo page, served from the repository's `web/` folder: the bundle
 * `npm run build` writes (`web/dist/widget.js`) at `/widget.js`, and `web/demo.html` at `/`. Files
 * are read again only when they change, so a rebuilt bundle is served without a restart.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Hono, Env } from "hono";
import { errorResponse } from "./errors.ts";

interface Cached {
  mtimeMs: number;
  body: string;
}

function fileReader(file: string) {
  let cached: Cached | null = null;
  return (): string | null => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (!cached || cached.mtimeMs !== mtimeMs) cached = { mtimeMs, body: readFileSync(file, "utf8") };
    return cached.body;
  };
}

export function serveWidget<E extends Env>(app: Hono<E>, webDir: string): void {
  const widget = fileReader(path.join(webDir, "dist", "widget.js"));
  const demo = fileReader(path.join(webDir, "demo.html"));
  app.get("/widget.js", (c) => {
    const body = widget();
    if (body === null) return errorResponse(c, "not_found", "the widget is not built; run `npm run build`", 404);
    return c.body(body, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
  });
  // Browsers ask for a favicon with every page; an empty answer keeps their consoles clean.
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/", (c) => {
    const body = demo();
    if (body === null) return errorResponse(c, "not_found", "no demo page in this installation", 404);
    return c.html(body);
  });
}
