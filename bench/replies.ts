/**
 * The share of people's replies understood (not answered `not_understood`) and honoured (the next act did
 * what was asked), per kind: the conversation suite's replies (test/server/people-replies.ts) and the larger
 * set the reply classifier learns from (agents/language/reply-examples.ts), written the same way. Each reply
 * runs in a fresh conversation on a real server over the WebSocket and is judged by test/server/reply-kinds.ts.
 *
 *   npx tsx bench/replies.ts [--data W] [--only KIND] [--show-failures]
 *   (default: the test workspace, MovieLens-small quick-trained; the kinds that need genres and years assume it)
 */
import { parseArgs } from "node:util";
import { loadGraph } from "../graph/workspace.ts";
import { freshDb, prepareWorkspace, startServer } from "../test/server/helpers.ts";
import { REPLIES } from "../test/server/people-replies.ts";
import { REPLY_EXAMPLES } from "../agents/language/reply-examples.ts";
import { ReplyJudge, type Kind } from "../test/server/reply-kinds.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, only: { type: "string" }, "show-failures": { type: "boolean" } } });
const workspace = values.data ?? (await prepareWorkspace());
const server = await startServer({ db: freshDb("bench-replies"), data: workspace, args: ["--address-rate", "100000", "--address-burst", "100000"] });
const judge = new ReplyJudge(loadGraph(workspace), server.wsUrl);
const all = [...REPLIES, ...REPLY_EXAMPLES].filter((r) => !values.only || r.kind === values.only);

const tally = new Map<Kind, { n: number; understood: number; honoured: number }>();
const failures: string[] = [];
try {
  for (const reply of all) {
    const v = await judge.judge(reply);
    const t = tally.get(reply.kind) ?? { n: 0, understood: 0, honoured: 0 };
    t.n++;
    if (v.understood) t.understood++;
    if (v.honoured) t.honoured++;
    else failures.push(`${reply.kind.padEnd(11)} "${reply.text}": ${v.detail}`);
    tally.set(reply.kind, t);
  }
} finally {
  await server.stop();
}
const share = (k: number, n: number) => `${((100 * k) / n).toFixed(0)}%`.padStart(10);
console.log(`${"kind".padEnd(12)} ${"replies".padStart(8)} ${"understood".padStart(10)} ${"honoured".padStart(10)}`);
let n = 0;
let understood = 0;
let honoured = 0;
for (const [kind, t] of tally) {
  console.log(`${kind.padEnd(12)} ${String(t.n).padStart(8)} ${share(t.understood, t.n)} ${share(t.honoured, t.n)}`);
  n += t.n;
  understood += t.understood;
  honoured += t.honoured;
}
console.log(`${"all".padEnd(12)} ${String(n).padStart(8)} ${share(understood, n)} ${share(honoured, n)}`);
if (values["show-failures"]) console.log(`\n${failures.join("\n")}`);
