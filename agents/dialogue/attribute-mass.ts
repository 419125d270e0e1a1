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
  const { offsets, ids } = ctx.graph.itemAttrs;
  for (let k = 0; k < state.n; k++) {
    const b = state.belief[k];
    const item = state.cand[k];
    for (let e = offsets[item]; e < offsets[item + 1]; e++) {
      const a = ids[e];
      if (state.asked[a]) continue;
      if (s.attrMass[a] === 0) s.touched[s.nTouched++] = a;
      s.attrMass[a] += b > 0 ? b : Number.MIN_VALUE;
    }
  }
}

/** Entropy (bits) of a yes/no split with yes-probability p. */
export function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}
