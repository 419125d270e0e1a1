/**
 * Dialogue engine speed on LastFM*: decisions (turns) per second and per-turn latency p50/p99
 * for each policy, in one thread, on simulated conversations of the valid split.
 *   npx tsx bench/dialogue.ts [--data WORKDIR] [--episodes N] [--noise P] [--multi-choice] [--policies a,b]
 * Without --data it imports ../shared/data/lastfm-star into a temporary workspace (once).
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { SystemAct, UserAct } from "../agents/dialogue/acts.ts";
import { evalContext, localConversation, splitPairs } from "../agents/eval/episodes.ts";
import type { EvalSettings } from "../agents/eval/settings.ts";
import { ensurePreference } from "../agents/ranking/preference-store.ts";
import { Random } from "../agents/random.ts";
import { drive, type Conversation } from "../agents/simulator/drive.ts";
import { simulatedUser } from "../agents/simulator/user.ts";
import { ensureWorkspace } from "../graph/ensure-workspace.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    episodes: { type: "string", default: "3000" },
    noise: { type: "string", default: "0" },
    "multi-choice": { type: "boolean", default: false },
    policies: { type: "string", default: "max-entropy,cpr,popular" },
  },
});

const data = values.data ?? path.join(tmpdir(), "pathwise-bench-lastfm");
const g = ensureWorkspace(path.resolve(import.meta.dirname, "..", "..", "shared", "data", "lastfm-star"), "lastfm-star", data);
const { model } = ensurePreference(data, g);
const pairs = splitPairs(g, "valid");
const episodes = Math.min(Number(values.episodes), pairs.user.length);
const noise = Number(values.noise);

console.log(`LastFM* valid, first ${episodes} conversations, noise ${noise}, ${values["multi-choice"] ? "multiple choice" : "yes/no"}, one thread`);
console.log("policy        decisions/s   p50 ms   p99 ms   turns/conversation");
for (const policy of values.policies.split(",")) {
  const s: EvalSettings = { data, split: "valid", policy, noise, multiChoice: values["multi-choice"], likeEdges: false, seed: 1, maxTurn: 15, critique: false };
  const ctx = evalContext(g, model, s);
  const latencies: number[] = [];
  const timed = (c: Conversation): Conversation => ({
    send(act: UserAct): SystemAct {
      const t = performance.now();
      const out = c.send(act);
      latencies.push(performance.now() - t);
      return out;
    },
  });
  // Warm-up so the JIT has compiled the hot paths before timing.
  for (let k = 0; k < 200; k++) drive(simulatedUser(g, pairs.item[k], Random.stream(9, k), { noise, maxTurn: 15, critique: false }), localConversation(ctx, pairs.user[k]));
  const started = performance.now();
  for (let k = 0; k < episodes; k++) {
    const user = simulatedUser(g, pairs.item[k], Random.stream(1, k), { noise, maxTurn: 15, critique: false });
    drive(user, timed(localConversation(ctx, pairs.user[k])));
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log(
    `${policy.padEnd(12)}  ${(latencies.length / seconds).toFixed(0).padStart(11)}  ${q(0.5).toFixed(3).padStart(7)}  ${q(0.99).toFixed(3).padStart(7)}   ${(latencies.length / episodes).toFixed(2)}`,
  );
}
