/**
 * The lexicon (agents/language/lexicon.ts) of a catalog: its build time, what it holds (JS heap and array
 * buffers after a forced GC) and a full GC's pause with it held, since a major collection walks every heap
 * object a server holds; then the cost of reading one message, worst cases beside a chat message: a phrase
 * trie makes it linear in the message, and only the first MAX_TOKENS words are read.
 *
 *   npx tsx bench/lexicon.ts [--data WORKSPACE]   (default: the embedded MovieLens-small workspace)
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parseArgs } from "node:util";
import { Lexicon } from "../agents/language/lexicon.ts";
import { openWorkspace } from "../server/workspace.ts";

const { values } = parseArgs({ options: { data: { type: "string" } } });
const { graph } = openWorkspace(values.data, (m) => console.error(m));

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const held = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
};
/** Median of 5 forced full collections, ms. */
const fullGc = () => {
  const t: number[] = [];
  for (let r = 0; r < 5; r++) {
    const s = performance.now();
    gc();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[2];
};
const before = held();
const gcBefore = fullGc();
const started = performance.now();
const lexicon = new Lexicon(graph);
const buildMs = performance.now() - started;
const after = held();
const mb = (b: number) => (b / 1e6).toFixed(1);
console.log(`${graph.nItems} items: build ${buildMs.toFixed(0)} ms; held: heap ${mb(after.heap - before.heap)} MB, array buffers ${mb(after.buffers - before.buffers)} MB; a full GC ${gcBefore.toFixed(1)} ms before, ${fullGc().toFixed(1)} ms with it\n`);

const chat = "I loved The Matrix and Inception, something funny from the 90s but not horror please";
const messages: [string, string][] = [
  ["chat message (85 chars)", chat],
  ['"The " x 500 (2,000 chars)', "The ".repeat(500)],
  ['"a " x 1,000', "a ".repeat(1000)],
  ["chat message x 23 (2,000 chars)", `${chat} `.repeat(23).slice(0, 2000)],
];

function median(text: string): number {
  const t: number[] = [];
  for (let r = 0; r < 31; r++) {
    const s = performance.now();
    lexicon.match(text);
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[15];
}

median(chat);
const base = median(chat);
console.log(`${"message".padEnd(34)} ${"median ms".padStart(10)} ${"x chat".padStart(8)}`);
for (const [name, text] of messages) {
  const ms = median(text);
  console.log(`${name.padEnd(34)} ${ms.toFixed(3).padStart(10)} ${(ms / base).toFixed(1).padStart(8)}`);
}
