/**
 * Every ReDial seeker's first message (films named as the dialogue names them) as the opening of a conversation
 * with a real server over the WebSocket: how many get a question, a slate or an end, and of those refused, how many
 * are greetings greeted back, questions about the recommender's own viewing answered in kind, or anything else
 * (printed with `--show`). Most seekers greet a person first, so most are refused by design; a probe, not a score.
 *
 *   npx tsx bench/redial-openings.ts [--data W] [--dialogues F] [--show]
 *   (defaults: the test workspace, MovieLens-small quick-trained; ../shared/data/redial/test_data.first900.jsonl)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readRedial } from "../agents/language/redial.ts";
import { ChatClient, freshDb, prepareWorkspace, startServer } from "../test/server/helpers.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, dialogues: { type: "string" }, show: { type: "boolean" } } });
const ROOT = path.resolve(import.meta.dirname, "..");
const file = values.dialogues ?? path.join(ROOT, "..", "shared", "data", "redial", "test_data.first900.jsonl");
if (!existsSync(file)) {
  console.error(`no dialogues at ${file}; pass --dialogues FILE (ReDial format)`);
  process.exit(2);
}
const openings = readRedial(file).flatMap((d) => (d.utterances.length > 0 ? [d.utterances[0].text] : []));
const workspace = values.data ?? (await prepareWorkspace());
const server = await startServer({ db: freshDb("bench-redial-openings"), data: workspace, args: ["--address-rate", "100000", "--address-burst", "100000"] });

const tally = new Map<string, number>();
const others: string[] = [];
const count = (kind: string) => tally.set(kind, (tally.get(kind) ?? 0) + 1);
try {
  for (const text of openings) {
    const c = await ChatClient.open(server.wsUrl);
    try {
      c.send({ type: "hello" });
      await c.next();
      await c.act();
      c.send({ type: "message", text });
      // The act, or the error that refused the message (narrated text may come before the act).
      let f = await c.next();
      while (f.type === "token") f = await c.next();
      if (f.type !== "error") count(String(f.type));
      else if (/^Hi! /.test(String(f.message))) count("refused: greeted back");
      else if (/^I don't .* myself/.test(String(f.message))) count("refused: asked about me, answered in kind");
      else {
        count(`refused: ${f.code}`);
        others.push(`${text.slice(0, 100)}  =>  ${String(f.message).slice(0, 80)}`);
      }
    } finally {
      c.close();
    }
  }
} finally {
  await server.stop();
}
console.log(`${openings.length} ReDial first seeker messages as openings`);
for (const [kind, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${kind.padEnd(44)} ${String(n).padStart(5)}`);
if (values.show) console.log(`\n${others.join("\n")}`);
