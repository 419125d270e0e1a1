import { readFileSync } from "node:fs";
import wabt from "wabt";
import { beforeAll, describe, expect, it } from "vitest";
import { ItemCodes } from "../../agents/ranking/item-codes.ts";
import { dotItems, type PreferenceModel } from "../../agents/ranking/preference.ts";
import { loadPreference } from "../../agents/ranking/preference-store.ts";
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
    const compiled = w.parseWat("item-codes.wat", readFileSync(source, "utf8"), { simd: true }).toBinary({}).buffer;
    expect(Buffer.from(compiled).equals(readFileSync(new URL("../../agents/ranking/item-codes.wasm", import.meta.url)))).toBe(true);
  });
});
