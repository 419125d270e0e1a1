import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import { freshDb, prepareWorkspace, startServer, type ServerProcess } from "./helpers.ts";
import { ReplyJudge } from "./reply-kinds.ts";
import { REPLIES } from "./people-replies.ts";

/** Every reply of people-replies.ts, sent at the point of a conversation where it fits, must be honoured. */
let server: ServerProcess;
let judge: ReplyJudge;

beforeAll(async () => {
  const workspace = await prepareWorkspace();
  server = await startServer({ db: freshDb("conversation"), args: ["--address-rate", "1000", "--address-burst", "1000"] });
  judge = new ReplyJudge(loadGraph(workspace), server.wsUrl);
}, 120_000);
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

describe("a conversation in people's words", () => {
  const kinds = [...new Set(REPLIES.map((r) => r.kind))];
  for (const kind of kinds) {
    it(`honours every "${kind}" reply`, async () => {
      const failed: string[] = [];
      for (const reply of REPLIES.filter((r) => r.kind === kind)) {
        const v = await judge.judge(reply);
        if (!v.honoured) failed.push(`"${reply.text}": ${v.detail}`);
      }
      expect(failed).toEqual([]);
    }, 60_000);
  }
});
