import type { Policy } from "../dialogue/policy.ts";

/** The floor: never asks; recommends the most popular remaining candidates every turn. */
export function popular(): Policy {
  return {
    name: "popular",
    decide(ctx, state) {
      const size = Math.min(ctx.config.slateSize, state.n);
      const pop = ctx.popularity;
      const top = new Int32Array(size);
      let filled = 0;
      for (let k = 0; k < state.n; k++) {
        const item = state.cand[k];
        if (filled === size && !better(item, top[size - 1])) continue;
        let i = filled < size ? filled++ : size - 1;
        while (i > 0 && better(item, top[i - 1])) {
          top[i] = top[i - 1];
          i--;
        }
        top[i] = item;
      }
      return { kind: "recommend", items: top };
      function better(a: number, b: number): boolean {
        return pop[a] > pop[b] || (pop[a] === pop[b] && a < b);
      }
    },
  };
}
