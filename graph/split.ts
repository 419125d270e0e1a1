import { SPLIT, type Interactions } from "./types.ts";

/**
 * Leave-last-out by time, per user: the user's last positive interaction is `test`, the positive
 * before it `valid`, everything else `train`. Users with fewer than 3 positives keep everything in
 * train, so every evaluated user has at least one positive to learn from. Reads the contract's
 * order (user, then time, then item), so ties in time fall to the lower item id deterministically.
 */
export function splitByTime(ix: Interactions, isPositive: (i: number) => boolean): void {
  const { user, split } = ix;
  const n = user.length;
  let start = 0;
  while (start < n) {
    let end = start;
    while (end < n && user[end] === user[start]) end++;
    split.fill(SPLIT.train, start, end);
    let last = -1;
    let beforeLast = -1;
    let positives = 0;
    for (let i = start; i < end; i++) {
      if (!isPositive(i)) continue;
      positives++;
      beforeLast = last;
      last = i;
    }
    if (positives >= 3) {
      split[last] = SPLIT.test;
      split[beforeLast] = SPLIT.valid;
    }
    start = end;
  }
}
