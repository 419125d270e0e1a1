/**
 * People's slate replies in a row: each conversation reaches a slate (answering questions as someone after a
 * film drawn with the seed), then says five replies of the sets (agents/language/reply-examples.ts: more,
 * similar, less, older, newer, more-of, mixed) one after another, each judged as bench/replies.ts judges it
 * alone (test/server/reply-kinds.ts), now on whatever slate the conversation has come to. Counts besides what
 * single replies cannot show: cards shown again after being passed over, conversations ended without a card
 * taken, and acts that are no slate. A real server over the WebSocket.
 *
 *   npx tsx bench/reply-chains.ts [--data W] [--conversations N] [--seed S] [--show]
 *   (default: the test workspace, 150 conversations, seed 7; --show prints each chain that went wrong)
 */
import { parseArgs } from "node:util";
import { loadGraph } from "../graph/workspace.ts";
import { rowHas } from "../graph/types.ts";
import { REPLY_EXAMPLES } from "../agents/language/reply-examples.ts";
import { Random } from "../agents/random.ts";
import { answerUntilSlate, freshDb, openWith, prepareWorkspace, startServer } from "../test/server/helpers.ts";
import { ReplyJudge, type Card, type SlateReply } from "../test/server/reply-kinds.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, conversations: { type: "string" }, seed: { type: "string" }, show: { type: "boolean" } } });
const workspace = values.data ?? (await prepareWorkspace());
const g = loadGraph(workspace);
const server = await startServer({ db: freshDb("bench-chains"), data: workspace, args: ["--address-rate", "100000", "--address-burst", "100000"] });

const KINDS = new Set(["more", "similar", "less", "older", "newer", "more-of", "mixed"]);
const replies = REPLY_EXAMPLES.filter((r): r is SlateReply => KINDS.has(r.kind));
const judge = new ReplyJudge(g, server.wsUrl);
const OPENINGS = ["I'm in the mood for a good movie, maybe a comedy", "something scary please", "any good action films?", "I loved The Matrix", "a romantic comedy", "films like Toy Story", "a good drama from the 90s", "thrillers"];
const rng = new Random(Number(values.seed ?? 7));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng.next() * list.length)];

const count = { conversations: 0, replies: 0, understood: 0, honoured: 0, repeated: 0, ended: 0, notSlate: 0 };
/** Per place in the chain: replies, honoured. */
const byStep = Array.from({ length: 5 }, () => ({ n: 0, honoured: 0 }));
const wrong: string[] = [];
try {
  for (let n = 0; n < Number(values.conversations ?? 150); n++) {
    const opening = OPENINGS[n % OPENINGS.length];
    const target = Math.floor(rng.next() * g.nItems);
    const { c, act } = await openWith(server.wsUrl, opening);
    let slate = act.type === "recommendations" ? act : await answerUntilSlate(c, act, (a) => rowHas(g.itemAttrs, target, a));
    if (slate.type !== "recommendations") {
      c.close();
      continue;
    }
    count.conversations++;
    const shown = new Set<number>();
    const story = [`open: ${opening}`];
    for (let step = 0; step < 5; step++) {
      const cards = slate.items as Card[];
      for (const k of cards) shown.add(k.id);
      // A reply that points past the cards shown is no reply a person would give this slate.
      const fits = replies.filter((x) => !("position" in x) || x.position <= cards.length);
      const r = pick(fits);
      const v = await judge.inConversation(c, r, cards);
      const next = v.next;
      count.replies++;
      byStep[step].n++;
      if (v.understood) count.understood++;
      if (v.honoured) {
        count.honoured++;
        byStep[step].honoured++;
      }
      story.push(`[${r.kind}] ${r.text}: ${v.honoured ? "honoured" : "NOT honoured"} ${v.detail.slice(0, 140)}`);
      const again = next?.type === "recommendations" ? (next.items as Card[]).filter((k) => shown.has(k.id)).length : 0;
      count.repeated += again;
      const off = !next || next.type === "error" ? "refused" : next.type === "end" ? (next.reason === "accepted" ? "taken" : "ended") : next.type !== "recommendations" ? "notSlate" : again > 0 ? "repeated" : !v.honoured ? "not honoured" : null;
      if (off === "ended") count.ended++;
      if (off === "notSlate") count.notSlate++;
      if (off) wrong.push(`${off}:\n   ${story.join("\n   ")}`);
      if (!next || next.type !== "recommendations") break;
      slate = next;
    }
    c.close();
  }
} finally {
  await server.stop();
}
const share = (k: number, n: number) => (n > 0 ? (k / n).toFixed(3) : "-");
console.log(`conversations ${count.conversations}, replies ${count.replies}: understood ${share(count.understood, count.replies)}, honoured ${share(count.honoured, count.replies)}`);
console.log(`honoured by place in the chain: ${byStep.map((b, k) => `${k + 1}: ${share(b.honoured, b.n)} (${b.n})`).join(", ")}`);
console.log(`cards shown again ${count.repeated}, ended without a card taken ${count.ended}, no slate ${count.notSlate}`);
if (values.show) console.log(`\n${wrong.join("\n")}`);
