import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addAttributeScore, scoreItems } from "../../agents/ranking/preference.ts";
import { ensurePreference, loadPreference, savePreference } from "../../agents/ranking/preference-store.ts";
import { trainPreference } from "../../agents/ranking/preference-train.ts";
import { quarterCatalog } from "./catalog.ts";

const g = quarterCatalog();
const dir = mkdtempSync(path.join(tmpdir(), "pathwise-pref-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scores(m: ReturnType<typeof trainPreference>, user: number, items: number[], accepted: number[] = []): number[] {
  const ids = Int32Array.from(items);
  const out = new Float32Array(items.length);
  scoreItems(m, user, ids, ids.length, out);
  for (const a of accepted) addAttributeScore(m, a, 1, ids, ids.length, out);
  return Array.from(out);
}

describe("preference model (EAR/SCPR factorization, BPR)", () => {
  it("is identical under the same seed and differs under another", () => {
    const a = trainPreference(g, { seed: 5, epochs: 5 });
    const b = trainPreference(g, { seed: 5, epochs: 5 });
    const c = trainPreference(g, { seed: 6, epochs: 5 });
    expect(Buffer.from(a.item.buffer).equals(Buffer.from(b.item.buffer))).toBe(true);
    expect(Buffer.from(a.user.buffer).equals(Buffer.from(b.user.buffer))).toBe(true);
    expect(Buffer.from(a.item.buffer).equals(Buffer.from(c.item.buffer))).toBe(false);
  });

  it("ranks a held-out item of a user's quarter above the other quarters' items", () => {
    const m = trainPreference(g, { seed: 1, epochs: 40 });
    for (const user of [0, 3, 5]) {
      const [held, ...others] = scores(m, user, [19, 79, 65, 45]);
      for (const o of others) expect(held).toBeGreaterThan(o);
    }
    // The other group's users prefer the last quarter instead.
    const [first, last] = scores(m, 8, [19, 79]);
    expect(last).toBeGreaterThan(first);
  });

  it("is saved in the workspace, trained only when missing or made for another graph", () => {
    const first = ensurePreference(dir, g, { epochs: 2 });
    expect(first.trained).toBe(true);
    const again = ensurePreference(dir, g, { epochs: 2 });
    expect(again.trained).toBe(false);
    expect(Buffer.from(again.model.attr.buffer, again.model.attr.byteOffset, again.model.attr.byteLength).equals(Buffer.from(first.model.attr.buffer))).toBe(true);
    const reimported = { ...g, manifest: { ...g.manifest, createdAt: "2027-01-01T00:00:00.000Z" } };
    expect(ensurePreference(dir, reimported, { epochs: 2 }).trained).toBe(true);
    writeFileSync(path.join(dir, "models", "preference.bin"), "damaged");
    expect(loadPreference(dir)).toBeNull();
    savePreference(dir, first.model);
    expect(loadPreference(dir)?.dim).toBe(first.model.dim);
  });
});
