/**
 * People's slate replies in a row: each conversation reaches a slate (answering questions as someone after a
 * film drawn with the seed), then says five replies of the sets (agents/language/reply-examples.ts: more,
 * similar, less, older, newer, more-of, mixed) one after another. Counts what single replies cannot show: cards
 * shown again after being passed over, conversations ended without a card taken, replies refused, and acts that
 * are no slate. A real server over the WebSocket, as bench/replies.ts.
 *
 *   npx tsx bench/reply-chains.ts [--data W] [--conversations N] [--seed S] [--show]
 *   (default: the test workspace, 150 conversations, seed 7; --show prints each chain that went wrong)
 */
import { parseArgs } from "node:util";
import { loadGraph } from "../graph/workspace.ts";
import { rowHas } from "../graph/types.ts";
import { REPLY_EXAMPLES } from "../agents/language/reply-examples.ts";
import { Random } from "../agents/random.ts";
import { answerUntilSlate, freshDb, openWith, prepareWorkspace, startServer, type ChatClient, type Frame } from "../test/server/helpers.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, conversations: { type: "string" }, seed: { type: "string" }, show: { type: "boolean" } } });
const workspace = values.data ?? (await prepareWorkspace());
const g = loadGraph(workspace);
const server = await startServer({ db: freshDb("bench-chains"), data: workspace, args: ["--address-rate", "100000", "--address-burst", "100000"] });

const KINDS = new Set(["more", "similar", "less", "older", "newer", "more-of", "mixed"]);
const replies = REPLY_EXAMPLES.filter((r) => KINDS.has(r.kind));
const genres = g.attrName.map((_, a) => a).filter((a) => g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]] === "genre");
const OPENINGS = ["I'm in the mood for a good movie, maybe a comedy", "something scary please", "any good action films?", "I loved The Matrix", "a romantic comedy", "films like Toy Story", "a good drama from the 90s", "thrillers"];
const rng = new Random(Number(values.seed ?? 7));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng.next() * list.length)];

/** The act answering the last message (an error frame when refused). */
async function reply(c: ChatClient): Promise<Frame> {
  let act: Frame | null = null;
  for (;;) {
    const f = await c.next();
    if (f.type === "error") return f;
    if (f.type === "done") return act!;
    if (f.type !== "token") act = f;
  }
}

const count = { conversations: 0, replies: 0, repeated: 0, ended: 0, refused: 0, notSlate: 0 };
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
      const cards = (slate.items as { id: number }[]).map((k) => k.id);
      for (const id of cards) shown.add(id);
      const r = pick(replies);
      const onSlate = genres.filter((a) => cards.some((i) => rowHas(g.itemAttrs, i, a)));
      const text = r.text.replaceAll("{}", g.attrName[pick(onSlate.length > 0 ? onSlate : genres)].toLowerCase());
      c.send({ type: "message", text });
      const next = await reply(c);
      count.replies++;
      story.push(`[${r.kind}] ${text} -> ${next.type} ${String(next.text ?? next.message ?? "").slice(0, 100)}`);
      const again = next.type === "recommendations" ? (next.items as { id: number }[]).filter((k) => shown.has(k.id)).length : 0;
      count.repeated += again;
      const off = next.type === "error" ? "refused" : next.type === "end" ? (next.reason === "accepted" ? "taken" : "ended") : next.type !== "recommendations" ? "notSlate" : again > 0 ? "repeated" : null;
      if (off === "refused") count.refused++;
      if (off === "ended") count.ended++;
      if (off === "notSlate") count.notSlate++;
      if (off) {
        if (off !== "taken" || values.show) wrong.push(`${off}:\n   ${story.join("\n   ")}`);
        if (off !== "repeated") break;
      }
      slate = next;
    }
    c.close();
  }
} finally {
  await server.stop();
}
console.log(`conversations ${count.conversations}, replies ${count.replies}`);
console.log(`cards shown again ${count.repeated}, ended without a card taken ${count.ended}, refused ${count.refused}, no slate ${count.notSlate}`);
if (values.show) console.log(`\n${wrong.join("\n")}`);
