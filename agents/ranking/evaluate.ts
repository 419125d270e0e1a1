import type { Recommender } from "./model.ts";
import { hitAt, ndcgAt, rankOf } from "./metrics.ts";
import { sequenceOf, withItem, type LeaveOneOut } from "./sequences.ts";

/** Per-user metrics on one held-out position (index i ↔ loo.evalUsers[i]). */
export interface UserMetrics {
  readonly hr10: Float64Array;
  readonly ndcg10: Float64Array;
  readonly ndcg20: Float64Array;
}

/**
 * Full ranking over all items, the user's history excluded. `valid`: history = train part, target =
 * second-to-last item; `test`: the validation item joins the history, target = last item.
 */
export function evaluateSplit(model: Recommender, loo: LeaveOneOut, split: "valid" | "test", chunk = 256): UserMetrics {
  const users = loo.evalUsers;
  const nItems = loo.train.nItems;
  const n = users.length;
  const res = { hr10: new Float64Array(n), ndcg10: new Float64Array(n), ndcg20: new Float64Array(n) };
  const out = new Float32Array(Math.min(chunk, n) * nItems);
  for (let start = 0; start < n; start += chunk) {
    const B = Math.min(chunk, n - start);
    const batchUsers = users.subarray(start, start + B);
    const histories: Int32Array[] = [];
    for (let b = 0; b < B; b++) {
      const u = batchUsers[b];
      const h = sequenceOf(loo.train, u);
      histories.push(split === "valid" ? h : withItem(h, loo.validTarget[u]));
    }
    model.score(batchUsers, histories, out);
    for (let b = 0; b < B; b++) {
      const u = batchUsers[b];
      const target = split === "valid" ? loo.validTarget[u] : loo.testTarget[u];
      const r = rankOf(out.subarray(b * nItems, (b + 1) * nItems), target, histories[b]);
      res.hr10[start + b] = hitAt(r, 10);
      res.ndcg10[start + b] = ndcgAt(r, 10);
      res.ndcg20[start + b] = ndcgAt(r, 20);
    }
  }
  return res;
}
