import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEval } from "../../agents/eval/runner.ts";
import type { EvalSettings } from "../../agents/eval/settings.ts";
import { METRICS } from "../../agents/eval/metrics.ts";
import { runServerEval } from "../../server/eval-client.ts";
import { freshDb, prepareWorkspace, startServer, TINY_WORKSPACE, type ServerProcess } from "./helpers.ts";

// The simulated protocol's last turn, which a server for people does not set.
const LIMITS = ["--ws-rate", "100000", "--ws-burst", "100000", "--address-rate", "100000", "--address-burst", "100000", "--max-turns", "15"];
// The simulated users' ids are proven one way on each server: an API key, or user tokens signed with the secret.
const KEY = "eval-key-0123456789";
const SECRET = "eval-secret-0123456789abcdef";
let yesno: ServerProcess;
let choice: ServerProcess;

beforeAll(async () => {
  await prepareWorkspace();
  [yesno, choice] = await Promise.all([
    startServer({ db: freshDb("eval-yesno"), data: TINY_WORKSPACE, env: { PATHWISE_API_KEYS: KEY }, args: [...LIMITS, "--policy", "cpr", "--assumed-noise", "0.1"] }),
    startServer({ db: freshDb("eval-choice"), data: TINY_WORKSPACE, env: { PATHWISE_USER_TOKEN_SECRET: SECRET }, args: [...LIMITS, "--policy", "max-entropy", "--questions", "choice"] }),
  ]);
});
afterAll(async () => {
  await Promise.all([yesno?.stop(), choice?.stop()]);
});

const base: EvalSettings = { data: TINY_WORKSPACE, split: "valid", policy: "cpr", noise: 0.1, multiChoice: false, likeEdges: false, seed: 3, maxTurn: 15, critique: true };

describe("pathwise eval --server", () => {
  it.each([
    ["yes/no, noisy critiquing users, cpr, users proven by an API key", base, () => yesno, { apiKey: KEY }],
    ["multiple choice, max-entropy, users proven by tokens", { ...base, policy: "max-entropy", noise: 0, multiChoice: true, critique: false }, () => choice, { userTokenSecret: SECRET }],
    // "Doesn't matter" goes over the wire as text and must be read as the in-process act is.
    ["yes/no, users who answer 'doesn't matter' to 30% of questions", { ...base, dontCare: 0.3 }, () => yesno, { apiKey: KEY }],
    ["multiple choice, users who answer 'doesn't matter' to 30% of questions", { ...base, policy: "max-entropy", noise: 0, multiChoice: true, critique: false, dontCare: 0.3 }, () => choice, { userTokenSecret: SECRET }],
  ] as const)("gives the in-process figures over the WebSocket protocol: %s", async (_name, settings, server, proof) => {
    const local = await runEval(settings, 1);
    const remote = await runServerEval(settings, { url: server().wsUrl, connections: 4, proof });
    expect(remote.episodes).toBe(local.episodes);
    expect(remote.episodes).toBeGreaterThan(30);
    expect(Array.from(remote.outcomes.turn)).toEqual(Array.from(local.outcomes.turn));
    expect(Array.from(remote.outcomes.rank)).toEqual(Array.from(local.outcomes.rank));
    for (const m of METRICS) {
      expect(remote[m]).toBe(local[m]);
      expect(remote.ci95[m]).toEqual(local.ci95[m]);
    }
    // Not a degenerate run: some conversations succeed, some take several turns.
    expect(local.sr15).toBeGreaterThan(0.05);
    expect(local.at).toBeGreaterThan(2);
  });

  it("refuses a server whose settings differ from the evaluation's", async () => {
    await expect(runServerEval({ ...base, policy: "popular" }, { url: yesno.wsUrl })).rejects.toThrow(/policy/);
  });
});
