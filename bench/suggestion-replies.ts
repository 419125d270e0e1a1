/**
 * How ReDial seekers' replies to a human recommender's suggestion read as replies to a slate of the films it
 * named: taken (`accept-item`), liked and more like it (`inform-items`, `+show` when a slate comes at once),
 * none of these or a critique (`reject-slate`), a farewell (`leave`), a question about a card (`explain`), or
 * refused (`not_understood`). A probe for what people say that the server refuses, not a score: many replies
 * answer a human's question ("Have you seen X?") that a slate does not ask. `--show N` prints N replies of each.
 *
 *   npx tsx bench/suggestion-replies.ts [--data W] [--dialogues F] [--show N]
 *   (defaults: the test workspace, MovieLens-small quick-trained; ../shared/data/redial/test_data.first900.jsonl)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pino from "pino";
import { ExactTitles, readRedial } from "../agents/language/redial.ts";
import { loadGraph } from "../graph/workspace.ts";
import { ensurePreference } from "../agents/ranking/preference-store.ts";
import { createEngine } from "../server/engine.ts";
import { fixedModels } from "../server/models.ts";
import { slateAct } from "../server/interpret.ts";
import { prepareWorkspace } from "../test/server/helpers.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, dialogues: { type: "string" }, show: { type: "string", default: "0" } } });
const ROOT = path.resolve(import.meta.dirname, "..");
const file = values.dialogues ?? path.join(ROOT, "..", "shared", "data", "redial", "test_data.first900.jsonl");
if (!existsSync(file)) {
  console.error(`no dialogues at ${file}; pass --dialogues FILE (ReDial format)`);
  process.exit(2);
}
const workspace = values.data ?? (await prepareWorkspace());
const g = loadGraph(workspace);
const titles = new ExactTitles(g.itemTitle);
const engine = createEngine({
  graph: g,
  workspace,
  policy: "cpr",
  dialogue: { questions: "yesno", assumedNoise: 0, likeEdges: false },
  models: fixedModels({ preference: ensurePreference(workspace, g).model, sequencePrior: null }),
  seqWeight: 0,
  language: "template",
  log: pino({ level: "warn" }),
});

const readings = new Map<string, string[]>();
let replies = 0;
for (const d of readRedial(file)) {
  for (let k = 0; k + 1 < d.messages.length; k++) {
    const said = d.messages[k];
    const reply = d.messages[k + 1];
    if (said.fromSeeker || !reply.fromSeeker) continue;
    const shown = said.mentions.map((id) => titles.resolve(d.movieMentions[id] ?? "")).filter((i): i is number => i !== null);
    if (shown.length === 0) continue;
    const { state } = engine.open(null, 1);
    let reading: string;
    try {
      const move = await engine.understand(state, slateAct("q2", shown), { type: "message", text: reply.text });
      reading = move.kind === "inform-items" && move.show ? "inform-items+show" : move.kind;
    } catch {
      reading = "not_understood";
    }
    const list = readings.get(reading) ?? [];
    list.push(reply.text);
    readings.set(reading, list);
    replies++;
  }
}
await engine.close();

console.log(`${replies} seeker replies to a suggestion, read as replies to a slate of the films it named`);
for (const [reading, list] of [...readings].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${reading.padEnd(18)} ${String(list.length).padStart(5)}  ${((100 * list.length) / replies).toFixed(1).padStart(5)}%`);
  const n = Number(values.show);
  for (let i = 0; i < Math.min(n, list.length); i++) console.log(`    ${list[Math.floor((i * list.length) / n)].slice(0, 140)}`);
}
