/**
 * Genre understanding of free-text seeker utterances, read through `pathwise understand` (the CLI, one
 * JSON line in and out per message), scored against genre labels made the way movie-dialogue corpora
 * often make theirs: keywords. The labeller below is written apart from the lexicon and its synonym
 * table, so this measures how well the lexicon covers how people name genres, not the lexicon against
 * itself. A genre counts as understood when the reading accepts or rejects it (or critiques it): the
 * labels say a genre was talked about, not which way.
 *
 *   npx tsx bench/genre-understanding.ts [--data W] [--dialogues F]
 *   (defaults: the embedded MovieLens-small as the server imports it, ../shared/data/redial/test_data.first900.jsonl)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { readRedial } from "../agents/language/redial.ts";
import { ensureWorkspace } from "../graph/ensure-workspace.ts";
import { DEFAULT_WORKSPACE, EMBEDDED_DATA } from "../server/workspace.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, dialogues: { type: "string" } } });
const ROOT = path.resolve(import.meta.dirname, "..");
const dialogues = values.dialogues ?? path.join(ROOT, "..", "shared", "data", "redial", "test_data.first900.jsonl");
if (!existsSync(dialogues)) {
  console.error(`no dialogues at ${dialogues}; pass --dialogues FILE (ReDial format)`);
  process.exit(2);
}

/** Keyword labels: a genre is talked about when one of its usual words is. */
const KEYWORDS: Readonly<Record<string, RegExp>> = {
  Action: /\baction\b/i,
  Adventure: /\badventures?\b/i,
  Animation: /\b(animated|animation|cartoons?|anime)\b/i,
  Children: /\b(kids?|children'?s?|family)\b/i,
  Comedy: /\b(comed(y|ies)|funny|funnier|hilarious|humou?r|laugh(s|ing)?|comedic)\b/i,
  Crime: /\b(crime|gangsters?|mob|mafia|heist)\b/i,
  Documentary: /\bdocumentar(y|ies)\b/i,
  Drama: /\b(drama|dramas|dramatic)\b/i,
  Fantasy: /\b(fantasy|magical)\b/i,
  "Film-Noir": /\bnoir\b/i,
  Horror: /\b(horror|scary|scarier|frightening|creepy|spooky|slasher)\b/i,
  Musical: /\bmusicals?\b/i,
  Mystery: /\b(myster(y|ies)|whodunn?it|detective)\b/i,
  Romance: /\b(romance|romantic|rom-?coms?|love stor(y|ies))\b/i,
  "Sci-Fi": /\b(sci-?fi|science fiction|scifi)\b/i,
  Thriller: /\b(thrillers?|suspense(ful)?|thrilling)\b/i,
  War: /\bwar (movie|film)s?\b/i,
  Western: /\bwesterns?\b/i,
};

const texts = readRedial(dialogues).flatMap((d) => d.utterances.map((u) => u.text));
// The embedded MovieLens-small as the server reads it by default (imported on first use).
const data = values.data ?? (ensureWorkspace(EMBEDDED_DATA, "movielens", DEFAULT_WORKSPACE, { log: (m) => console.error(m) }), DEFAULT_WORKSPACE);
const cli = spawn(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "understand", "--data", data], { stdio: ["pipe", "pipe", "inherit"] });
// A CLI that stops early (a workspace it cannot read) has said why on stderr: stop with it, not on a broken pipe.
cli.stdin.on("error", () => {});
const exited = new Promise<number | null>((resolve) => cli.on("exit", resolve));
const started = performance.now();
for (const text of texts) cli.stdin.write(`${JSON.stringify({ text })}\n`);
cli.stdin.end();

type Reading = { accepted: { name: string; type: string }[]; rejected: { name: string; type: string }[]; critique?: { attribute: { name: string; type: string } } };
let tp = 0;
let fn = 0;
let fp = 0;
const missed = new Map<string, number>();
let line = 0;
for await (const out of createInterface({ input: cli.stdout })) {
  const text = texts[line++];
  const r = JSON.parse(out) as Reading;
  const said = [...r.accepted, ...r.rejected, ...(r.critique ? [r.critique.attribute] : [])];
  const predicted = new Set(said.filter((a) => a.type === "genre").map((a) => a.name));
  for (const [genre, re] of Object.entries(KEYWORDS)) {
    const labelled = re.test(text);
    if (labelled && predicted.has(genre)) tp++;
    else if (labelled) {
      fn++;
      missed.set(genre, (missed.get(genre) ?? 0) + 1);
    } else if (predicted.has(genre)) fp++;
  }
}
const code = await exited;
if (code !== 0) process.exit(code ?? 1);
const seconds = (performance.now() - started) / 1000;
const recall = tp / (tp + fn);
const precision = tp / (tp + fp);
// Wilson 95% interval of a proportion.
const wilson = (k: number, n: number) => {
  const p = k / n;
  const z = 1.96;
  const d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n);
  const m = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return `[${((c - m) / d).toFixed(3)}, ${((c + m) / d).toFixed(3)}]`;
};
console.log(`${line} seeker utterances through pathwise understand in ${seconds.toFixed(1)} s (${((seconds * 1000) / line).toFixed(2)} ms each, process start included)`);
console.log(`genre recall    ${recall.toFixed(3)} ${wilson(tp, tp + fn)}  (${tp} of ${tp + fn} labelled genres)`);
console.log(`genre precision ${precision.toFixed(3)} ${wilson(tp, tp + fp)}  (${tp} of ${tp + fp} read genres)`);
console.log(`missed most: ${[...missed].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([g, n]) => `${g} ${n}`).join(", ")}`);
