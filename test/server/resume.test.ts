import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatClient, freshDb, prepareWorkspace, startServer, type Frame, type ServerProcess } from "./helpers.ts";

let server: ServerProcess;

beforeAll(async () => {
  await prepareWorkspace();
  server = await startServer({ db: freshDb("resume") });
});
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

/** Frames up to the `done` of every act the resume replays, after its `session` frame. */
async function resume(sessionId: string, lastSeq: number): Promise<{ session: Frame; acts: Frame[]; client: ChatClient }> {
  const client = await ChatClient.open(server.wsUrl);
  client.send({ type: "hello", sessionId, lastSeq });
  const session = await client.next();
  const acts: Frame[] = [];
  for (let seq = lastSeq + 1; seq <= (session.lastSeq as number); seq++) acts.push((await client.act()).act);
  return { session, acts, client };
}

describe("WebSocket resume redraws the conversation from the stored turn log", () => {
  it("replays each act with the client act that produced it, and the session's latest feedback per item", async () => {
    const c = await ChatClient.open(server.wsUrl);
    c.send({ type: "hello" });
    const { sessionId } = await c.next();
    const opening = (await c.act()).act;
    const said: Frame[] = [{ type: "message", text: "a comedy please" }];
    c.send({ ...said[0], id: "m1" });
    let act = (await c.act()).act;
    const sent = [opening, act];
    while (act.type === "question") {
      const answer: Frame =
        act.kind === "yesno"
          ? { type: "answer", questionId: act.questionId, accept: [(act.attribute as { id: number }).id], reject: [] }
          : { type: "answer", questionId: act.questionId, accept: [], reject: [] };
      said.push(answer);
      c.send({ ...answer, id: `a${act.seq}` });
      act = (await c.act()).act;
      sent.push(act);
    }
    expect(act.type).toBe("recommendations");
    const [first, second] = act.items as { id: number }[];
    for (const [itemId, liked] of [[first.id, true], [second.id, true], [first.id, false]] as const) {
      c.send({ type: "feedback", itemId, liked });
      expect(await c.next()).toMatchObject({ type: "ack" });
    }
    c.close();

    const all = await resume(sessionId as string, 0);
    // The latest opinion per item, in the order they were last given.
    expect(all.session).toMatchObject({ resumed: true, status: "open", feedback: [{ itemId: second.id, liked: true }, { itemId: first.id, liked: false }] });
    expect(all.acts.map((a) => a.clientAct)).toEqual([null, ...said]);
    expect(all.acts.map(({ clientAct: _c, replay, ...rest }) => ({ ...rest, replay }))).toEqual(sent.map((a) => ({ ...a, replay: true })));
    all.client.close();

    const tail = await resume(sessionId as string, 2);
    expect(tail.acts.map((a) => a.seq)).toEqual(sent.slice(2).map((a) => a.seq));
    expect(tail.acts.map((a) => a.clientAct)).toEqual(said.slice(1));

    // Taking an item ends the conversation, and the end names the item taken.
    tail.client.send({ type: "answer", questionId: act.questionId, accept: [second.id], reject: [] });
    expect((await tail.client.act()).act).toMatchObject({ type: "end", reason: "accepted", itemId: second.id });
    tail.client.close();
  });
});
