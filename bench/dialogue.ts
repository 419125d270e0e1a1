/**
 * Dialogue engine speed: decisions (turns) per second and per-turn latency p50/p99 for each policy, in
 * one thread, on simulated conversations of the valid split; then the item opening (the user names two
 * films of their history, anonymous) with the named films' neighbours from the HNSW similarity index,
 * from an exact cosine scan instead, and with no neighbour step, so the index's cost per turn shows.
 * Last, the memory of live conversations: `--live N` conversations of known users held after their
 * opening and two answers, heap plus array buffers grown after a forced GC, divided by N.
 * `--critique`: after a failed slate the simulated user says "less" of an attribute of its top item (as
 * bench/load.ts's users do), so refills after critiques are timed too.
 *   npx tsx bench/dialogue.ts [--data WORKDIR] [--episodes N] [--noise P] [--critique] [--multi-choice] [--policies a,b] [--live N] [--json FILE]
 * Without --data: the embedded MovieLens-small (imported into .pathwise/ once, its model trained when
 * missing); --data uses WORKDIR as it is, its saved preference model included (nothing is trained).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { SystemAct, UserAct } from "../agents/dialogue/acts.ts";
import type { ItemNeighbours } from "../agents/dialogue/context.ts";
import { evalContext, localConversation, splitPairs } from "../agents/eval/episodes.ts";
import type { EvalSettings } from "../agents/eval/settings.ts";
import { defaultNeighbourSource, openItemNeighbours } from "../agents/ranking/item-neighbours.ts";
import { fitsGraph } from "../agents/ranking/preference.ts";
import { ensurePreference, LARGE_CATALOG, loadPreference } from "../agents/ranking/preference-store.ts";
import { newDialogue, type DialogueState } from "../agents/dialogue/state.ts";
import { turn } from "../agents/dialogue/turn.ts";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Random } from "../agents/random.ts";
import { drive, type Conversation } from "../agents/simulator/drive.ts";
import { simulatedUser, type Opening } from "../agents/simulator/user.ts";
import { row } from "../graph/types.ts";
import { openWorkspace } from "../server/workspace.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    episodes: { type: "string", default: "3000" },
    noise: { type: "string", default: "0" },
    "multi-choice": { type: "boolean", default: false },
    critique: { type: "boolean", default: false },
    policies: { type: "string", default: "max-entropy,cpr,popular" },
    live: { type: "string", default: "500" },
    json: { type: "string" },
  },
});

const { dir: data, graph: g } = openWorkspace(values.data, (m) => console.error(m));
const saved = values.data ? loadPreference(data) : null;
if (values.data && !(saved && fitsGraph(saved, g))) throw new Error(`${data} has no preference model for this graph: \`pathwise train --data ${data}\``);
const model = saved ?? ensurePreference(data, g).model;
const pairs = splitPairs(g, "valid");
const episodes = Math.min(Number(values.episodes), pairs.user.length);
const noise = Number(values.noise);
const base: EvalSettings = { data, split: "valid", policy: "cpr", noise, multiChoice: values["multi-choice"], likeEdges: false, seed: 1, maxTurn: 15, critique: values.critique };

interface Timing {
  decisionsPerSecond: number;
  p50: number;
  p99: number;
  turns: number;
}

/** Plays the first `episodes` pairs (after a warm-up) and times every system turn. */
function play(s: EvalSettings, neighbours?: ItemNeighbours | null): Timing {
  const ctx = evalContext(g, model, s);
  const c = neighbours === undefined ? ctx : { ...ctx, anchoring: { ...ctx.anchoring, neighbours } };
  const anonymous = (s.opening ?? "attribute") !== "attribute";
  const latencies: number[] = [];
  const timed = (conv: Conversation): Conversation => ({
    send(act: UserAct): SystemAct {
      const t = performance.now();
      const out = conv.send(act);
      latencies.push(performance.now() - t);
      return out;
    },
  });
  const episode = (k: number, seed: number) => {
    const opening: Opening = { kind: s.opening ?? "attribute", history: row(g.userItems, pairs.user[k]), items: 2 };
    const user = simulatedUser(g, pairs.item[k], Random.stream(seed, k), { noise, maxTurn: 15, critique: s.critique, opening });
    return { user, conv: localConversation(c, anonymous ? -1 : pairs.user[k]) };
  };
  // Warm-up so the JIT has compiled the hot paths before timing.
  for (let k = 0; k < Math.min(200, episodes); k++) {
    const { user, conv } = episode(k, 9);
    drive(user, conv);
  }
  latencies.length = 0;
  const started = performance.now();
  for (let k = 0; k < episodes; k++) {
    const { user, conv } = episode(k, 1);
    drive(user, timed(conv));
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { decisionsPerSecond: latencies.length / seconds, p50: q(0.5), p99: q(0.99), turns: latencies.length / episodes };
}

/** The same neighbours by an exact cosine scan over every item (the index's baseline). */
function exactScan(index: ItemNeighbours & { index: { dim: number; n: number; vectors: Float32Array } }): ItemNeighbours {
  const { dim, n, vectors } = index.index;
  const D = dim + 1;
  const s = new Float32Array(n);
  return {
    neighbours(item, k) {
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < dim; j++) v += vectors[item * D + j] * vectors[i * D + j];
        s[i] = v;
      }
      s[item] = -Infinity;
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => s[b] - s[a] || a - b);
      return Int32Array.from(order.slice(0, k));
    },
  };
}

const line = (name: string, t: Timing) =>
  console.log(`${name.padEnd(34)} ${t.decisionsPerSecond.toFixed(0).padStart(11)}  ${t.p50.toFixed(3).padStart(7)}  ${t.p99.toFixed(3).padStart(7)}   ${t.turns.toFixed(2)}`);

console.log(`${g.manifest.name} (${g.nItems} items) valid, first ${episodes} conversations, noise ${noise}, ${values["multi-choice"] ? "multiple choice" : "yes/no"}${values.critique ? ", critiques" : ""}, one thread`);
console.log(`${"policy / opening".padEnd(34)} decisions/s   p50 ms   p99 ms   turns/conversation`);
const results: Record<string, Timing> = {};
for (const policy of values.policies.split(",")) line(policy, (results[policy] = play({ ...base, policy })));

const source = defaultNeighbourSource(data, g);
const index = openItemNeighbours(data, g, source);
if (index) {
  const item = { ...base, opening: "item" as const, anonymous: true };
  const withIndex = (results["item-hnsw"] = play(item, index));
  // The exact scan sorts the whole catalog per named item: left out on a large one, where it takes minutes.
  const exact = g.nItems < LARGE_CATALOG ? (results["item-exact"] = play(item, exactScan(index))) : null;
  const none = (results["item-none"] = play(item, null));
  line(`cpr, item opening, HNSW (${source})`, withIndex);
  if (exact) line("cpr, item opening, exact scan", exact);
  line("cpr, item opening, no neighbour step", none);
  console.log(`p99 added by the HNSW step: ${(withIndex.p99 - none.p99).toFixed(3)} ms${exact ? ` (exact scan: ${(exact.p99 - none.p99).toFixed(3)} ms)` : ""}; ratio HNSW/none ${(withIndex.p99 / none.p99).toFixed(2)}`);
}
/**
 * Bytes per live conversation: `live` known users' conversations (cpr) held after their opening and two
 * answers; the growth of heap plus array buffers after a forced GC, divided by `live`. The context's own
 * buffers and caches are warmed by as many conversations first, so only what a conversation holds counts.
 */
function liveBytes(live: number): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const ctx = evalContext(g, model, base);
  const hold = (first: number): DialogueState[] =>
    Array.from({ length: live }, (_, j) => {
      const k = (first + j) % pairs.user.length;
      const user = simulatedUser(g, pairs.item[k], Random.stream(2, k), { noise, maxTurn: 15, critique: false });
      const state = newDialogue(g.nAttributes, pairs.user[k]);
      let step = user.next(undefined as unknown as SystemAct);
      for (let t = 0; t < 3 && !step.done; t++) step = user.next(turn(ctx, state, step.value as UserAct));
      return state;
    });
  hold(live);
  const used = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const held = hold(0);
  const after = used();
  if (held.length !== live) throw new Error("lost a conversation");
  return (after - before) / live;
}
const live = Number(values.live);
const bytes = live > 0 ? liveBytes(live) : NaN;
if (live > 0) console.log(`${live} live conversations (cpr, known users, after 3 turns): ${(bytes / 1024).toFixed(1)} KB each (heap + array buffers after GC)`);
if (values.json) {
  const cpr = results.cpr ?? play(base);
  writeFileSync(values.json, JSON.stringify({ items: g.nItems, p50_ms: cpr.p50, p99_ms: cpr.p99, bytes_per_conversation: bytes, live, results }, null, 2) + "\n");
}
