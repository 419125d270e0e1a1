/**
 * The lexicon (agents/language/lexicon.ts) of a catalog: its build time, what it holds (JS heap and array
 * buffers after a forced GC) and a full GC's pause with it held, since a major collection walks every heap
 * object a server holds; then the cost of matching one message, worst cases beside a chat message: a phrase
 * trie makes it linear in the message, and only the first MAX_TOKENS words are read; then the cost of the whole
 * reading of it (understandWithLexicon), with nothing shown and with a slate of ten, beside the chat message.
 *
 *   npx tsx bench/lexicon.ts [--data WORKSPACE]   (default: the embedded MovieLens-small workspace)
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parseArgs } from "node:util";
import { Lexicon } from "../agents/language/lexicon.ts";
import { understandWithLexicon } from "../agents/language/understand-lexicon.ts";
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
  // What test/server/abuse.test.ts floods with.
  ["flood text (2,000 chars)", "a comedy from the nineties with some romance ".repeat(45).slice(0, 2000)],
  ['"1 2 3 ... " (2,000 chars)', "1 2 3 4 5 6 7 8 9 ".repeat(112).slice(0, 2000)],
];

function median(read: (text: string) => unknown, text: string): number {
  const t: number[] = [];
  for (let r = 0; r < 31; r++) {
    const s = performance.now();
    read(text);
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[15];
}

const slate = { shown: Array.from({ length: Math.min(10, graph.nItems) }, (_, i) => i) };
const readings: [string, (text: string) => unknown][] = [
  ["match", (text) => lexicon.match(text)],
  ["read, nothing shown", (text) => understandWithLexicon(lexicon, text)],
  ["read, a slate shown", (text) => understandWithLexicon(lexicon, text, slate)],
];
for (const [what, read] of readings) {
  median(read, chat);
  const base = median(read, chat);
  console.log(`${what.padEnd(34)} ${"median ms".padStart(10)} ${"x chat".padStart(8)}`);
  for (const [name, text] of messages) {
    const ms = median(read, text);
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(3).padStart(10)} ${(ms / base).toFixed(1).padStart(8)}`);
  }
}
