import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { HAS_SHARED, MOVIELENS_SMALL, ROOT, scratchDir, SKIP_SHARED_REASON, shared } from "../shared.ts";
import { prepareWorkspace } from "./helpers.ts";

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), ...args], { cwd: ROOT, env: { ...process.env, PATHWISE_LOG_FORMAT: "json" }, maxBuffer: 1 << 26 });

/** A ReDial dialogue: seeker 1, recommender 2; `@id` mentions named in `mentions`. */
function dialogue(id: string, mentions: Record<string, string>, messages: [1 | 2, string][]): string {
  return JSON.stringify({
    conversationId: id,
    initiatorWorkerId: 1,
    respondentWorkerId: 2,
    movieMentions: mentions,
    initiatorQuestions: {},
    respondentQuestions: {},
    messages: messages.map(([from, text], k) => ({ messageId: k, text, senderWorkerId: from, timeOffset: k })),
  });
}

let workspace: string;
let dir: string;
beforeAll(async () => {
  workspace = await prepareWorkspace();
  dir = scratchDir("pathwise-eval-dialogues-");
}, 120_000);

describe("eval-dialogues", () => {
  it("counts a film mentioned earlier as a miss, drops it with --new-only, and maps targets by exact title and year", async () => {
    const file = path.join(dir, "made.jsonl");
    const toy = { "1": "Toy Story (1995)", "2": "Toy Story 2 (1999)", "3": "Not A Film In The Catalog (2031)" };
    writeFileSync(
      file,
      [
        // The recommender repeats the seeker's film: a target that can never be ranked (named films are never recommended).
        dialogue("a", toy, [[1, "I loved @1"], [2, "Then watch @1 again"]]),
        // A film the catalog lacks: a target, not resolvable.
        dialogue("b", toy, [[1, "something for kids please"], [2, "Try @3"]]),
      ].join("\n") + "\n",
    );
    const out = path.join(dir, "made.json");
    await cli("eval-dialogues", "--data", workspace, "--dialogues", file, "--json", out);
    const r = JSON.parse(readFileSync(out, "utf8"));
    expect(r).toMatchObject({ turns: 2, targets: 2, resolvable_share: 0.5, r1: 0, r10: 0, r50: 0 });
    expect(Object.keys(r.baselines).sort()).toEqual(["cooccurrence", "popularity"]);
    await cli("eval-dialogues", "--data", workspace, "--dialogues", file, "--new-only", "--json", out);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ turns: 1, targets: 1, resolvable_share: 0 });
  }, 120_000);

  it("takes the films the recommender named, and the seeker's reply to them, as what the conversation is about", async () => {
    const file = path.join(dir, "anchored.jsonl");
    const films = { "1": "Back to the Future (1985)", "2": "Back to the Future Part II (1989)" };
    // Nothing from the seeker names a film or a genre: only the recommender's suggestion and the reply to it can
    // bring the sequel up (kept out of the ranking only, it stays near 230th).
    writeFileSync(file, dialogue("c", films, [[1, "hi there"], [2, "Have you seen @1 ?"], [1, "Oh yes, I loved that one!"], [2, "Then you will like @2"]]) + "\n");
    const out = path.join(dir, "anchored.json");
    await cli("eval-dialogues", "--data", workspace, "--dialogues", file, "--json", out);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ turns: 2, targets: 2, r10: 0.5 });
  }, 120_000);

  it("reads nothing into a card picked off a slate no one saw ('the second one' after the engine's own slate)", async () => {
    const films = { "1": "The Rocky Horror Picture Show (1975)" };
    const lines: [1 | 2, string][] = [[1, "any good comedies?"], [2, "What else do you like?"], [1, "Actually I want a scary movie from the 70s"], [2, "Then try @1"]];
    // The engine answered "any good comedies?" with a slate of its own, which the seeker never saw: "the second
    // one" there is a reply to the human, not a pick that ends the conversation being read.
    const picked: [1 | 2, string][] = [...lines.slice(0, 2), [1, "the second one"], ...lines.slice(2)];
    const figures = async (name: string, messages: [1 | 2, string][]) => {
      const file = path.join(dir, `${name}.jsonl`);
      writeFileSync(file, dialogue(name, films, messages) + "\n");
      const out = path.join(dir, `${name}.json`);
      await cli("eval-dialogues", "--data", workspace, "--dialogues", file, "--json", out);
      const { r1, r10, r50 } = JSON.parse(readFileSync(out, "utf8"));
      return { r1, r10, r50 };
    };
    const plain = await figures("plain", lines);
    // The scary 70s film asked for after it ranks high: the later message was read.
    expect(plain.r10).toBe(1);
    expect(await figures("picked", picked)).toEqual(plain);
  }, 120_000);

  it.skipIf(!HAS_SHARED)(`ranks real ReDial dialogues learning from the other folds, beside the reference mix (${HAS_SHARED ? "ReDial" : SKIP_SHARED_REASON})`, async () => {
    const lines = readFileSync(shared("data", "redial", "test_data.first900.jsonl"), "utf8").split("\n").slice(0, 90);
    const file = path.join(dir, "redial90.jsonl");
    writeFileSync(file, lines.join("\n") + "\n");
    const out = path.join(dir, "redial90.json");
    await cli("eval-dialogues", "--data", workspace, "--dialogues", file, "--folds", "3", "--json", out);
    const r = JSON.parse(readFileSync(out, "utf8"));
    expect(r.dialogues).toBe(90);
    expect(r.targets).toBeGreaterThan(r.turns * 0.9);
    expect(r.r1).toBeLessThanOrEqual(r.r10);
    expect(r.r10).toBeLessThanOrEqual(r.r50);
    expect(r.r50).toBeLessThanOrEqual(r.resolvable_share);
    expect(r.ci95.r10[0]).toBeLessThanOrEqual(r.r10);
    expect(r.ci95.r10[1]).toBeGreaterThanOrEqual(r.r10);
    expect(Object.keys(r.baselines).sort()).toEqual(["cooccurrence", "popularity", "reference_mix"]);
    // Reading the conversation finds films the rating log's popularity alone does not.
    expect(r.r50).toBeGreaterThan(r.baselines.popularity.r50);
    expect(r.paired_vs_reference.r10).toHaveLength(3);
  }, 240_000);
});

describe.skipIf(!HAS_SHARED)(`import --dialogues (${HAS_SHARED ? "ReDial" : SKIP_SHARED_REASON})`, () => {
  it("stores the conversation logs beside the workspace's graph", async () => {
    const out = path.join(dir, "with-logs");
    const { stdout } = await cli("import", "--format", "movielens", "--from", MOVIELENS_SMALL, "--out", out, "--dialogues", shared("data", "redial", "test_data.first900.jsonl"), "--json", "-");
    expect(JSON.parse(stdout)).toMatchObject({ dialogues: 900 });
    expect(existsSync(path.join(out, "dialogue-log.json"))).toBe(true);
  }, 120_000);
});

