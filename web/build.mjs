// Bundles the <pathwise-chat> widget into one minified ES module and prints its gzipped size.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGET_BYTES = 12 * 1024;
const entry = fileURLToPath(new URL("./src/index.ts", import.meta.url));
const outfile = fileURLToPath(new URL("./dist/widget.js", import.meta.url));

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
});

const raw = readFileSync(outfile);
const gzipped = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stderr.write(`web/dist/widget.js: ${kb(raw.length)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)})\n`);
if (gzipped > BUDGET_BYTES) {
  process.stderr.write("widget bundle is over its gzipped size budget\n");
  process.exit(1);
}
