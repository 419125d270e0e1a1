import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { loadGraph } from "../../graph/workspace.ts";
import { QUICK_TRAIN, ServedModels } from "../../server/models.ts";
import { runServerEval } from "../../server/eval-client.ts";
import { ChatClient, freshDb, prepareWorkspace, startServer, TINY_WORKSPACE, type Frame, type ServerProcess } from "./helpers.ts";

let root: string;

/** A copy of the tiny workspace without its trained models: what a fresh clone starts from. */
function untrainedWorkspace(name: string): string {
  const dir = path.join(root, name);
  cpSync(TINY_WORKSPACE, dir, { recursive: true, filter: (src) => !/[/\\](models|index)$/.test(src) });
  return dir;
}

beforeAll(async () => {
  await prepareWorkspace();
  root = mkdtempSync(path.join(tmpdir(), "pathwise-models-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("models trained in the background", () => {
  it("serves without the missing models, swaps each in for new sessions, and keeps a session on the models it opened with", async () => {
    const dir = untrainedWorkspace("swap");
    const lines: string[] = [];
    const log = pino({ level: "info" }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const models = new ServedModels({ workspace: dir, graph: loadGraph(dir), seqWeight: 1, preferenceTraining: QUICK_TRAIN, quick: true, log });
    expect(models.inTraining).toEqual(["preference", "sequence"]);
    const during = models.for(11);
    expect(during.preference).toBeNull();
    expect(during.sequencePrior).toBeNull();

    await models.train();
    expect(models.inTraining).toEqual([]);
    const after = models.for(12);
    expect(after.preference).not.toBeNull();
    expect(after.sequencePrior?.weight).toBe(1);
    // The session opened during training is rebuilt on what it started with, so its replay is the same.
    expect(models.for(11)).toBe(during);
    expect(lines.filter((l) => l.includes("swapped in")).map((l) => JSON.parse(l).model)).toEqual(["preference", "sequence"]);

    // A later start finds both saved: nothing trains.
    const again = new ServedModels({ workspace: dir, graph: loadGraph(dir), seqWeight: 1, preferenceTraining: QUICK_TRAIN, quick: true, log });
    expect(again.inTraining).toEqual([]);
    expect(again.for(13).preference).not.toBeNull();
    await again.close();
  }, 240_000);

  describe("a server on an untrained workspace", () => {
    let server: ServerProcess;
    let dir: string;
    beforeAll(async () => {
      dir = untrainedWorkspace("serve");
      // The preference model only: the swap of both models is tested above, in-process.
      server = await startServer({ db: freshDb("models"), data: dir });
    });
    afterAll(async () => {
      expect(await server?.stop()).toBe(0);
    });

    const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as { training: string[] };

    it("listens before training, holds a conversation meanwhile, and reports training until done", async () => {
      const listening = JSON.parse(server.stderr().split("\n").find((l) => l.includes('"msg":"listening"'))!);
      expect(listening.training).toEqual(["preference"]);
      // An evaluation would measure the model-less fallback: it waits for the models.
      const settings = { data: dir, split: "valid", policy: "cpr", noise: 0, multiChoice: false, likeEdges: false, seed: 1, maxTurn: 15, critique: false } as const;
      await expect(runServerEval(settings, { url: server.wsUrl })).rejects.toThrow(/still training preference/);

      const c = await ChatClient.open(server.wsUrl);
      c.send({ type: "hello", userId: "1" });
      expect(await c.next()).toMatchObject({ type: "session", resumed: false });
      let act: Frame = (await c.act()).act;
      expect((await health()).training.length).toBeGreaterThan(0);
      c.send({ type: "message", text: "a comedy" });
      for (let i = 0; i < 15 && act.type !== "recommendations" && act.type !== "end"; i++) {
        act = (await c.act()).act;
        if (act.type === "question") {
          const accept = act.kind === "yesno" ? [(act.attribute as { id: number }).id] : [];
          c.send({ type: "answer", questionId: act.questionId, accept, reject: [] });
        }
      }
      expect(act.type).toBe("recommendations");
      expect((act.items as unknown[]).length).toBeGreaterThan(0);
      c.close();

      let training = (await health()).training;
      for (let i = 0; i < 1200 && (training.length > 0 || !server.stderr().includes("swapped in")); i++) {
        await new Promise((r) => setTimeout(r, 100));
        training = (await health()).training;
      }
      expect(training).toEqual([]);
      expect(server.stderr()).toMatch(/"model":"preference","seconds":[\d.]+,"training":\[\],"msg":"model trained and swapped in/);

      const d = await ChatClient.open(server.wsUrl);
      d.send({ type: "hello", userId: "1" });
      await d.next();
      expect((await d.act()).act).toMatchObject({ type: "question", kind: "open" });
      d.close();
    }, 240_000);
  });
});
