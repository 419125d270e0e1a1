import { WARM_BLOCK, warmRows } from "../../graph/types.ts";
import type { DialogueContext } from "./context.ts";
import type { DialogueState } from "./state.ts";

/**
 * Propagates the candidates' beliefs to their attributes: scratch.attrMass[a] = belief mass of
 * the candidates holding a, for the attributes in scratch.touched[0..nTouched) (not yet asked).
 */
export function attributeMass(ctx: DialogueContext, state: DialogueState): void {
  const s = ctx.scratch;
  for (let t = 0; t < s.nTouched; t++) s.attrMass[s.touched[t]] = 0;
  s.nTouched = 0;
  const rows = ctx.graph.itemAttrs;
  const { offsets, ids } = rows;
  const { n, cand } = state;
  for (let from = 0; from < n; from += WARM_BLOCK) {
    const to = Math.min(n, from + WARM_BLOCK);
    warmRows(rows, cand, from, to);
    for (let k = from; k < to; k++) {
      const b = state.belief[k];
      const item = cand[k];
      for (let e = offsets[item]; e < offsets[item + 1]; e++) {
        const a = ids[e];
        if (state.asked[a]) continue;
        if (s.attrMass[a] === 0) s.touched[s.nTouched++] = a;
        s.attrMass[a] += b > 0 ? b : Number.MIN_VALUE;
      }
    }
  }
}

/** Entropy (bits) of a yes/no split with yes-probability p. */
export function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}
