import { describe, it } from "vitest";
import { Random } from "../../agents/random.ts";
import { Sasrec, SASREC_DEFAULTS } from "../../agents/ranking/sasrec.ts";
import { Gru4rec, GRU4REC_DEFAULTS } from "../../agents/ranking/gru4rec.ts";
import type { Params } from "../../agents/ranking/nn/params.ts";
import { checkGrad } from "./gradcheck.ts";

const nItems = 9;
const L = 5;
// two windows: one left-padded, one full; −1 targets where nothing follows
const inputs = Int32Array.from([-1, -1, 3, 1, 4, 2, 7, 1, 8, 5]);
const targets = Int32Array.from([-1, -1, 1, 4, 6, 7, 1, 8, 5, 0]);

/** Checks a few seeded indices of every named parameter (item rows that the batch touches). */
function checkModel(p: Params, loss: () => number): void {
  // O(1) embeddings: the models start them tiny, where layer norm makes finite differences too curved
  const init = new Random(3);
  for (const name of ["item", "pos", "ibias"]) if (p.names().includes(name)) p.get(name).forEach((_, i, a) => (a[i] = init.normal() * 0.5));
  loss();
  const grad = p.grad.slice();
  const rng = new Random(11);
  for (const name of p.names()) {
    const view = p.get(name);
    const offset = view.byteOffset / 4 - p.data.byteOffset / 4;
    const idx: number[] = [];
    for (let k = 0; k < 4; k++) idx.push(offset + rng.int(view.length));
    checkGrad(name, loss, p.data, grad, idx);
  }
}

describe("whole-model gradients (finite differences, tiny shapes, dropout on under a fixed seed)", () => {
  for (const cft of [null, { lambda: 0.5, beta: 0.25 }, { lambda: 0.5, beta: 0.25, counterfactual: "last-item" as const }]) {
    it(`SASRec${cft ? ` + CFT loss (${cft.counterfactual ?? "masked"} counterfactual)` : ""}`, () => {
      const m = new Sasrec({ ...SASREC_DEFAULTS, nItems, d: 4, L, blocks: 2, heads: 2, batch: 2, negatives: 5, dropout: 0.1, cft });
      checkModel(m.params, () => m.lossAndGradient(inputs, targets, 2, new Random(5)));
    });
  }

  it("GRU4Rec", () => {
    const m = new Gru4rec({ ...GRU4REC_DEFAULTS, nItems, d: 4, L, batch: 2, negatives: 5, dropout: 0.1 });
    checkModel(m.params, () => m.lossAndGradient(inputs, targets, 2, new Random(5)));
  });
});
