import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MOVIELENS_SMALL, ROOT } from "../shared.ts";
import { importMovielens } from "../../graph/import/movielens.ts";
import { importToWorkspace } from "../../graph/import/index.ts";
import { validationAuc } from "../../agents/ranking/preference-select.ts";
import { LARGE_CATALOG } from "../../agents/ranking/preference-store.ts";
import { trainPreference } from "../../agents/ranking/preference-train.ts";
import { defaultModels } from "../../agents/ranking/train-workspace.ts";
import { defaultSeqWeight } from "../../agents/ranking/sequence-prior.ts";
import type { Graph } from "../../graph/types.ts";
import { tempDir } from "../graph/helpers.ts";

const run = promisify(execFile);

describe("preference training with early stopping on sampled valid pairs", () => {
  it("stops after `patience` epochs without a better AUC and keeps the best epoch's vectors", () => {
    const g = importMovielens(MOVIELENS_SMALL);
    const seen: number[] = [];
    const m = trainPreference(g, { epochs: 5, dim: 8, validation: { pairs: 300, patience: 1 }, onEpoch: (_e, _loss, auc) => seen.push(auc!) });
    const best = Math.max(...seen);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    // stopped at the first epoch that did not improve, or ran out of epochs
    const stop = seen.findIndex((auc, k) => k > 0 && auc <= Math.max(...seen.slice(0, k)));
    expect(seen.length).toBe(stop < 0 ? 5 : stop + 1);
    expect(m.info.epochs).toBe(seen.indexOf(best) + 1);
    expect(validationAuc(g, m, 300, m.info.seed)).toBe(best);
  });
});

describe("large-catalog defaults switch on size", () => {
  const sized = (nItems: number) => ({ nItems, manifest: { hasTimestamps: true } }) as unknown as Graph;

  it("trains no sequence model by default and serves none from LARGE_CATALOG items on", () => {
    expect(defaultModels(sized(LARGE_CATALOG - 1))).toEqual(["sasrec", "gru4rec", "bpr"]);
    expect(defaultSeqWeight(sized(LARGE_CATALOG - 1))).toBe(1);
    expect(defaultModels(sized(LARGE_CATALOG))).toEqual([]);
    expect(defaultSeqWeight(sized(LARGE_CATALOG))).toBe(0);
  });
});

describe("pathwise train (CLI)", () => {
  const root = tempDir("train");

  it("builds the preference model and its index beside the named model", async () => {
    const from = path.join(root, "shop");
    mkdirSync(from);
    const items: string[] = [];
    for (let i = 0; i < 60; i++) items.push(JSON.stringify({ id: `sku-${i}`, title: `Item ${i}`, attributes: { brand: `b${i % 5}`, colour: `c${i % 7}` } }));
    writeFileSync(path.join(from, "items.jsonl"), items.join("\n") + "\n");
    const rows = ["user,item,timestamp"];
    for (let u = 0; u < 30; u++) for (let k = 0; k < 8; k++) rows.push(`u${u},sku-${(u * 7 + k * 3) % 60},${1000 + k}`);
    writeFileSync(path.join(from, "interactions.csv"), rows.join("\n") + "\n");
    const ws = path.join(root, "ws");
    importToWorkspace("catalog", from, ws);

    const { stdout } = await run(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "train", "--data", ws, "--model", "bpr", "--epochs", "1", "--json", "-"], { cwd: ROOT });
    const result = JSON.parse(stdout) as { preference: { trained: boolean; variant: string }; models: Record<string, unknown>; indexes: Record<string, { shards: number }> };
    expect(result.preference.trained).toBe(true);
    expect(["content", "full"]).toContain(result.preference.variant);
    expect(Object.keys(result.models)).toEqual(["bpr"]);
    expect(result.indexes.preference.shards).toBe(1);
    expect(existsSync(path.join(ws, "models", "preference.bin"))).toBe(true);
    expect(existsSync(path.join(ws, "index", "preference.hnsw"))).toBe(true);
    // the similarity index of the same vectors, with the fingerprint a server checks before using it
    expect(existsSync(path.join(ws, "index", "similar-preference.hnsw"))).toBe(true);
    expect(existsSync(path.join(ws, "index", "similar-preference.source"))).toBe(true);
  });
});
