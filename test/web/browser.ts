import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { ROOT } from "../shared.ts";

/** `chromium` found on PATH, as .ci/run looks for it (`command -v chromium`); null when absent. */
export const CHROMIUM = onPath("chromium");
export const HAS_CHROMIUM = CHROMIUM !== null;
export const WIDGET = path.join(ROOT, "web", "dist", "widget.js");

/** Builds web/dist/widget.js when it is missing or older than any of its sources. */
export function ensureWidgetBuilt(): void {
  const sources = [path.join(ROOT, "web", "build.mjs"), ...listFiles(path.join(ROOT, "web", "src"))];
  const newest = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  if (existsSync(WIDGET) && statSync(WIDGET).mtimeMs >= newest) return;
  execFileSync(process.execPath, [path.join(ROOT, "web", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here; try the next directory
    }
  }
  return null;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Debian's chromium, headless, with a throwaway profile; `close()` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), "pathwise-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM ?? "chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 560, height: 900 },
    colorScheme: "light",
    reducedMotion: "reduce",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
