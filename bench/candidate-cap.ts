/**
 * What the candidate cap (DialogueConfig.candidateCap, agents/dialogue/candidate-cap.ts) costs on a large
 * catalog. Sampled conversations of the valid split are played by the simulated user against the engine
 * without a cap; the same user acts are replayed into a capped conversation, and after every turn the
 * capped belief's top 10 is compared with the uncapped one's (recall of the uncapped top 10). Printed
 * beside it: candidates held and turn time, capped and uncapped. Then the retrieval step on its own:
 * the best `cap` of the whole catalog for a known user by one exact pass (user dot products and a top-k
 * selection) against the workspace's HNSW score index asked for `cap` items.
 *
 *   npx tsx bench/candidate-cap.ts --data WORKDIR [--cap 10000] [--conversations 40] [--opening attribute|item]
 * The workspace is used as it is: its preference model must exist (`pathwise train`, or on a synthetic
 * catalog bench/stand-in-preference.ts); nothing is trained.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { SystemAct, UserAct } from "../agents/dialogue/acts.ts";
import { newDialogue, ranked, type DialogueState } from "../agents/dialogue/state.ts";
import { turn } from "../agents/dialogue/turn.ts";
import { evalContext, splitPairs } from "../agents/eval/episodes.ts";
import type { EvalSettings } from "../agents/eval/settings.ts";
import { Random } from "../agents/random.ts";
import { loadPreference } from "../agents/ranking/preference-store.ts";
import { loadItemIndex } from "../agents/ranking/retrieval.ts";
import { simulatedUser, type Opening } from "../agents/simulator/user.ts";
import { topPositions } from "../agents/top-k.ts";
import { loadGraph } from "../graph/workspace.ts";
import { row } from "../graph/types.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    cap: { type: "string", default: "10000" },
    conversations: { type: "string", default: "40" },
    opening: { type: "string", default: "attribute" },
    json: { type: "string" },
  },
});
if (!values.data) throw new Error("--data WORKDIR is required");
const data = values.data;
const cap = Number(values.cap);
const opening = values.opening as "attribute" | "item";
const g = loadGraph(data);
const model = loadPreference(data);
if (!model) throw new Error(`${data} has no preference model: train one, or write bench/stand-in-preference.ts's`);
const s = (candidateCap: number): EvalSettings => ({
  data, split: "valid", policy: "cpr", noise: 0, multiChoice: false, likeEdges: false, seed: 1, maxTurn: 15, critique: true, opening, anonymous: opening === "item", candidateCap,
});
const whole = evalContext(g, model, s(0));
const capped = evalContext(g, model, s(cap));
const pairs = splitPairs(g, "valid");
const top = (st: DialogueState) => Array.from({ length: Math.min(10, st.n) }, (_, r) => ranked(st, r));

let hit = 0;
let compared = 0;
let turns = 0;
const ms = { whole: [] as number[], capped: [] as number[] };
const held = { whole: 0, capped: 0 };
const conversations = Math.min(Number(values.conversations), pairs.user.length);
for (let k = 0; k < conversations; k++) {
  const u = opening === "item" ? -1 : pairs.user[k];
  const o: Opening = { kind: opening, history: row(g.userItems, pairs.user[k]), items: 2 };
  const user = simulatedUser(g, pairs.item[k], Random.stream(1, k), { noise: 0, maxTurn: 15, critique: true, opening: o });
  const a = newDialogue(g.nAttributes, u);
  const b = newDialogue(g.nAttributes, u);
  let step = user.next(undefined as unknown as SystemAct);
  while (!step.done) {
    const act = step.value as UserAct;
    let t = performance.now();
    const sys = turn(whole, a, act);
    ms.whole.push(performance.now() - t);
    t = performance.now();
    turn(capped, b, act);
    ms.capped.push(performance.now() - t);
    if (!a.done && !b.done) {
      const want = new Set(top(a));
      hit += top(b).filter((i) => want.has(i)).length;
      compared += want.size;
      held.whole += a.n;
      held.capped += b.n;
      turns++;
    }
    step = user.next(sys);
  }
}
const q = (xs: number[], p: number) => Float64Array.from(xs).sort()[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const recall = hit / compared;
console.log(`${g.manifest.name} (${g.nItems.toLocaleString("en")} items), ${conversations} conversations (${opening} opening), ${turns} turns compared, cap ${cap.toLocaleString("en")}`);
console.log(`recall of the uncapped belief's top 10: ${recall.toFixed(4)} (uncapped: 1 by definition)`);
console.log(`candidates held per turn: capped ${(held.capped / turns).toFixed(0)}, uncapped ${(held.whole / turns).toFixed(0)}`);
console.log(`turn p50/p99 ms: capped ${q(ms.capped, 0.5).toFixed(2)} / ${q(ms.capped, 0.99).toFixed(2)}, uncapped ${q(ms.whole, 0.5).toFixed(2)} / ${q(ms.whole, 0.99).toFixed(2)}`);

// The retrieval step alone: the best `cap` items for a known user, exact pass vs HNSW.
const d = model.dim;
const scores = new Float32Array(g.nItems);
const exactMs: number[] = [];
const users = Array.from({ length: 20 }, (_, k) => pairs.user[k]);
for (const u of users) {
  const t = performance.now();
  for (let i = 0; i < g.nItems; i++) {
    let v = model.itemBias[i];
    for (let f = 0; f < d; f++) v += model.user[u * d + f] * model.item[i * d + f];
    scores[i] = v;
  }
  topPositions(scores, g.nItems, cap);
  exactMs.push(performance.now() - t);
}
const index = loadItemIndex(data, "preference");
const hnswMs: number[] = [];
let hnswRecall = NaN;
if (index) {
  let found = 0;
  for (const u of users) {
    const qv = model.user.subarray(u * d, (u + 1) * d);
    const t = performance.now();
    const hits = index.search(qv, cap);
    hnswMs.push(performance.now() - t);
    for (let i = 0; i < g.nItems; i++) {
      let v = model.itemBias[i];
      for (let f = 0; f < d; f++) v += model.user[u * d + f] * model.item[i * d + f];
      scores[i] = v;
    }
    const exact = new Set(topPositions(scores, g.nItems, cap));
    for (const i of hits.items) if (exact.has(i)) found++;
  }
  hnswRecall = found / (users.length * cap);
}
console.log(`best ${cap.toLocaleString("en")} of ${g.nItems.toLocaleString("en")} for a known user: exact pass + top-k p50 ${q(exactMs, 0.5).toFixed(1)} ms` + (index ? `, HNSW (k = ${cap}) p50 ${q(hnswMs, 0.5).toFixed(1)} ms, recall ${hnswRecall.toFixed(3)}` : ", no HNSW score index in the workspace"));
if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify({ items: g.nItems, cap, conversations, opening, turns, recall_top10: recall, held_capped: held.capped / turns, held_uncapped: held.whole / turns,
      turn_ms: { capped_p50: q(ms.capped, 0.5), capped_p99: q(ms.capped, 0.99), uncapped_p50: q(ms.whole, 0.5), uncapped_p99: q(ms.whole, 0.99) },
      retrieval_ms: { exact_p50: q(exactMs, 0.5), hnsw_p50: index ? q(hnswMs, 0.5) : null, hnsw_recall: hnswRecall } }, null, 2) + "\n",
  );
}
