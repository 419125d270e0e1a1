/**
 * Language benchmark: understanding latency (lexicon alone; lexicon plus the model's grammar
 * pass) and generation tokens/s, per CPU thread count, on the embedded MovieLens catalog and ReDial
 * seeker utterances.
 *
 *   npx tsx bench/llm.ts [--model PATH] [--threads 1,2] [--gpu auto|off] [--utterances N] [--tokens N] [--json FILE]
 *
 * `--gpu auto` (the default) offloads to a GPU when node-llama-cpp finds one; `--gpu off` forces the CPU.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importDataset } from "../graph/import/index.ts";
import { Lexicon } from "../agents/language/lexicon.ts";
import { LanguageModel } from "../agents/language/llm.ts";
import { readRedial } from "../agents/language/redial.ts";
import { Understanding } from "../agents/language/understand.ts";
import { understandWithLexicon } from "../agents/language/understand-lexicon.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const modelPath = arg("model", path.join(ROOT, "..", "shared", "models", "tinyllamas-stories-260k-f32.gguf"));
const threadList = arg("threads", "1,2").split(",").map(Number);
const gpu = arg("gpu", "auto") === "off" ? false : "auto";
const nModel = Number(arg("utterances", "40"));
const nTokens = Number(arg("tokens", "128"));
const jsonOut = arg("json", "");

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
function summary(ms: number[]): { mean_ms: number; p50_ms: number; p99_ms: number; n: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { mean_ms: s.reduce((a, b) => a + b, 0) / s.length, p50_ms: quantile(s, 0.5), p99_ms: quantile(s, 0.99), n: s.length };
}
const fmt = (x: number, d = 3) => x.toFixed(d);

const graph = importDataset("movielens", path.join(ROOT, "data", "movielens-small"));
let t = performance.now();
const lexicon = new Lexicon(graph);
const indexMs = performance.now() - t;

const redial = path.join(ROOT, "..", "shared", "data", "redial", "test_data.first900.jsonl");
const texts = existsSync(redial)
  ? readRedial(redial).flatMap((d) => d.utterances.map((u) => u.text))
  : ["I love sci-fi from the 80s, but no horror please", "Have you seen The Matrix?", "something funny like Toy Story", "no thanks"];

for (const text of texts.slice(0, 200)) understandWithLexicon(lexicon, text); // warm-up
const lexMs: number[] = [];
for (const text of texts) {
  t = performance.now();
  understandWithLexicon(lexicon, text);
  lexMs.push(performance.now() - t);
}
const lexical = { index_build_ms: indexMs, ...summary(lexMs) };
console.log(`lexicon: index ${fmt(indexMs, 0)} ms over ${graph.nItems} titles and ${graph.nAttributes} attributes; per utterance mean ${fmt(lexical.mean_ms * 1000, 1)} µs, p50 ${fmt(lexical.p50_ms * 1000, 1)} µs, p99 ${fmt(lexical.p99_ms * 1000, 1)} µs (${lexMs.length} ReDial seeker utterances)`);

const perThreads: Record<string, unknown>[] = [];
if (!existsSync(modelPath)) {
  console.log(`model ${modelPath} not found: model figures skipped`);
} else {
  for (const threads of threadList) {
    const model = new LanguageModel({ modelPath, threads, gpu, sequences: 1, log: (l) => console.log(l) });
    t = performance.now();
    if (!(await model.ready())) continue;
    const loadMs = performance.now() - t;
    const where = model.describe();
    const u = new Understanding(lexicon, model, { timeoutMs: 60_000 });
    await u.understand(texts[0]);
    const modelMs: number[] = [];
    for (const text of texts.slice(0, nModel)) {
      t = performance.now();
      await u.understand(text);
      modelMs.push(performance.now() - t);
    }
    const rates: number[] = [];
    for (let r = 0; r < 3; r++) {
      const stream = model.stream("Once upon a time", { maxTokens: nTokens, temperature: 0.8, seed: r });
      t = performance.now();
      for await (const _ of stream);
      const seconds = (performance.now() - t) / 1000;
      rates.push(stream.tokenCount() / seconds);
    }
    await model.dispose();
    const row = {
      threads,
      gpu: where.gpu,
      load_ms: loadMs,
      understand: summary(modelMs),
      model_fallbacks: u.stats.fallbacks,
      generation_tokens_per_s: rates,
    };
    perThreads.push(row);
    console.log(
      `model ${path.basename(modelPath)} on ${where.gpu ? "GPU" : "CPU"}, threads ${threads}: load ${fmt(loadMs, 0)} ms; understanding (grammar) mean ${fmt(row.understand.mean_ms, 1)} ms, p50 ${fmt(row.understand.p50_ms, 1)} ms, p99 ${fmt(row.understand.p99_ms, 1)} ms over ${modelMs.length}; generation ${rates.map((r) => fmt(r, 0)).join(" / ")} tokens/s (${nTokens} tokens, 3 runs)`,
    );
  }
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ model: modelPath, lexicon: lexical, model_runs: perThreads }, null, 2) + "\n");
