import { attributeMass, binaryEntropy } from "../dialogue/attribute-mass.ts";
import type { DialogueContext } from "../dialogue/context.ts";
import type { DialogueState } from "../dialogue/state.ts";

/** A candidate question: one attribute (yes/no) or one type with up to 4 of its values. */
export interface Question {
  readonly type: number;
  readonly options: number[];
  /** Sum of the options' split entropies under the belief (bits). */
  readonly entropy: number;
}

/**
 * The best questions by weighted entropy: the belief is propagated from candidates to their
 * attributes, and an attribute whose holders carry about half the mass splits the belief best.
 * Yes/no mode returns single attributes; choice mode returns, per attribute type, the values
 * with the highest entropy. At most `k` questions, best first.
 */
export function topQuestions(ctx: DialogueContext, state: DialogueState, k: number): Question[] {
  attributeMass(ctx, state);
  const { attrMass, touched, nTouched } = ctx.scratch;
  if (ctx.config.questions === "yesno") {
    // Entropy grows with min(p, 1 − p): rank by that and take logarithms only for the winners.
    const best: Question[] = [];
    for (let t = 0; t < nTouched; t++) {
      const a = touched[t];
      const p = attrMass[a];
      const d = p < 0.5 ? p : 1 - p;
      if (d <= 1e-9) continue;
      if (best.length < k || d > best[best.length - 1].entropy) insert(best, { type: -1, options: [a], entropy: d }, k);
    }
    return best.map((q) => ({ ...q, entropy: binaryEntropy(attrMass[q.options[0]]) }));
  }
  const g = ctx.graph;
  const perType: { a: number; h: number }[][] = g.typeNames.map(() => []);
  const width = ctx.config.choiceOptions;
  for (let t = 0; t < nTouched; t++) {
    const a = touched[t];
    const h = binaryEntropy(attrMass[a]);
    if (h <= 1e-9) continue;
    for (let e = g.attrTypes.offsets[a]; e < g.attrTypes.offsets[a + 1]; e++) {
      const list = perType[g.attrTypes.ids[e]];
      if (list.length < width || h > list[list.length - 1].h) {
        let i = list.length;
        list.push({ a, h });
        while (i > 0 && list[i - 1].h < h) {
          list[i] = list[i - 1];
          i--;
        }
        list[i] = { a, h };
        if (list.length > width) list.pop();
      }
    }
  }
  const best: Question[] = [];
  perType.forEach((list, type) => {
    if (!list.length) return;
    const q = { type, options: list.map((x) => x.a), entropy: list.reduce((s, x) => s + x.h, 0) };
    if (best.length < k || q.entropy > best[best.length - 1].entropy) insert(best, q, k);
  });
  return best;
}

function insert(best: Question[], q: Question, k: number): void {
  let i = best.length;
  best.push(q);
  while (i > 0 && best[i - 1].entropy < q.entropy) {
    best[i] = best[i - 1];
    i--;
  }
  best[i] = q;
  if (best.length > k) best.pop();
}
