import { readFileSync } from "node:fs";
import wabt from "wabt";
import { beforeAll, describe, expect, it } from "vitest";
import { ItemCodes } from "../../agents/ranking/item-codes.ts";
import { dotItems, type PreferenceModel } from "../../agents/ranking/preference.ts";
import { loadPreference } from "../../agents/ranking/preference-store.ts";
import { AttributeProfile } from "../../agents/ranking/profile.ts";
import { loadGraph } from "../../graph/workspace.ts";
import { prepareWorkspace } from "../server/helpers.ts";

let model: PreferenceModel;
beforeAll(async () => {
  model = loadPreference(await prepareWorkspace())!;
}, 300_000);

describe("item codes (int8 item vectors, WebAssembly SIMD)", () => {
  it("score every MovieLens item within the quantisation's error bound of the exact dot product", () => {
    const codes = new ItemCodes(model);
    const d = model.dim;
    const items = Int32Array.from({ length: model.nItems }, (_, i) => i);
    const approx = new Float32Array(model.nItems);
    // Known users' vectors, and one with an attribute folded in, as a retrieval asks.
    for (const user of [0, 7, 42, model.nUsers - 1]) {
      const q = new Float64Array(d);
      for (let f = 0; f < d; f++) q[f] = model.user[user * d + f] + (user === 42 ? model.attr[3 * d + f] : 0);
      codes.dots(q, items, items.length, approx);
      const exact = dotItems(model, q, model.itemBias, items, items.length);
      const qMax = Math.max(...q.map(Math.abs));
      const qSum = q.reduce((s, x) => s + Math.abs(x), 0);
      let worst = 0;
      for (let i = 0; i < model.nItems; i++) {
        const v = model.item.subarray(i * d, (i + 1) * d);
        const vMax = Math.max(...Array.from(v, Math.abs));
        const vSum = v.reduce((s, x) => s + Math.abs(x), 0);
        // Rounding each code moves it by at most half a step (vMax/254 of the vector, qMax/65534 of the query).
        const bound = (qSum * vMax) / 254 + (vSum * qMax) / 65534 + vSum * qSum / (254 * 65534) + 1e-5 * (1 + Math.abs(exact[i]));
        worst = Math.max(worst, Math.abs(approx[i] - exact[i]) / bound);
      }
      expect(worst).toBeLessThanOrEqual(1);
      // And it ranks as the exact pass does where it matters: the exact best 100 are in the approximate best 200.
      const byExact = [...items].sort((a, b) => exact[b] - exact[a]).slice(0, 100);
      const byApprox = new Set([...items].sort((a, b) => approx[b] - approx[a]).slice(0, 200));
      expect(byExact.filter((i) => byApprox.has(i)).length).toBeGreaterThanOrEqual(98);
    }
  });

  it("runs the kernel that item-codes.wat compiles to", async () => {
    const w = await wabt();
    const source = new URL("../../agents/ranking/item-codes.wat", import.meta.url);
    const compiled = w.parseWat("item-codes.wat", readFileSync(source, "utf8"), { simd: true, threads: true }).toBinary({}).buffer;
    expect(Buffer.from(compiled).equals(readFileSync(new URL("../../agents/ranking/item-codes.wasm", import.meta.url)))).toBe(true);
  });
});

describe("passes shared with a helper thread (agents/workers/half-pass.ts)", () => {
  it("give the same bytes as one thread, for the item codes and the attribute profile", async () => {
    const g = loadGraph(await prepareWorkspace());
    // Every pass of 1,000 items or more is shared here (a million-item catalog shares those of 65,536 or more).
    const codes = [new ItemCodes(model, Infinity), new ItemCodes(model, 1000)];
    const profiles = [new AttributeProfile(g, Infinity), new AttributeProfile(g, 1000)];
    try {
      for (let wait = 0; !(codes[1].helping && profiles[1].helping); wait++) {
        if (wait > 600) throw new Error("the helper threads did not start in 60 s");
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(codes[0].helping).toBe(false);
      const d = model.dim;
      const everyOther = Int32Array.from({ length: model.nItems >> 1 }, (_, k) => 2 * k + 1);
      for (const user of [0, 7, 42]) {
        const q = new Float64Array(d);
        for (let f = 0; f < d; f++) q[f] = model.user[user * d + f];
        const [one, two] = [new Float32Array(everyOther.length), new Float32Array(everyOther.length)];
        codes[0].dots(q, everyOther, everyOther.length, one);
        codes[1].dots(q, everyOther, everyOther.length, two);
        expect(Buffer.from(two.buffer).equals(Buffer.from(one.buffer))).toBe(true);
        const [p1, p2] = [new Float32Array(everyOther.length), new Float32Array(everyOther.length)];
        const means = profiles.map((p, j) => p.scoresWithMean(user, everyOther, everyOther.length, j === 0 ? p1 : p2));
        expect(means[1]).toBe(means[0]);
        expect(Buffer.from(p2.buffer).equals(Buffer.from(p1.buffer))).toBe(true);
        // A real profile: most items score above zero.
        expect(p1.filter((v) => v > 0).length).toBeGreaterThan(everyOther.length / 2);
      }
    } finally {
      await Promise.all([...codes, ...profiles].map((x) => x.close()));
    }
  }, 120_000);
});
