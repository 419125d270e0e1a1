import type { Interactions } from "./types.ts";
import { FloatColumn, IntColumn } from "./growable.ts";

/** Interactions as read from a source, in file order, before sorting. */
export class InteractionColumns {
  readonly user = new IntColumn();
  readonly item = new IntColumn();
  readonly rating = new FloatColumn();
  readonly time = new FloatColumn();
  readonly split = new IntColumn();
  /** The source line of each row (0 where the source has no lines), for errors found after sorting. */
  readonly line = new IntColumn();
  get length(): number {
    return this.user.length;
  }
  push(user: number, item: number, rating: number, time: number, split: number, line = 0): void {
    this.user.push(user);
    this.item.push(item);
    this.rating.push(rating);
    this.time.push(time);
    this.split.push(split);
    this.line.push(line);
  }
}

/**
 * The contract's order as row indexes: by user, then time, then item; file order breaks the
 * remaining ties, so sources without time keep their file order within a user. A counting sort by
 * user (stable) and a comparison sort within each user's rows, so tens of millions of rows sort in
 * seconds. Users must be dense ids from 0.
 */
export function sortedOrder(cols: InteractionColumns): Int32Array {
  const n = cols.length;
  const user = cols.user.view();
  const item = cols.item.view();
  const time = cols.time.view();
  let nUsers = 0;
  for (let i = 0; i < n; i++) if (user[i] >= nUsers) nUsers = user[i] + 1;
  const start = new Int32Array(nUsers + 1);
  for (let i = 0; i < n; i++) start[user[i] + 1]++;
  for (let u = 0; u < nUsers; u++) start[u + 1] += start[u];
  const order = new Int32Array(n);
  const cursor = start.slice(0, nUsers);
  for (let i = 0; i < n; i++) order[cursor[user[i]]++] = i;
  const byTimeThenItem = (a: number, b: number) => {
    const ta = time[a];
    const tb = time[b];
    if (ta !== tb && !(Number.isNaN(ta) && Number.isNaN(tb))) {
      if (Number.isNaN(ta)) return 1;
      if (Number.isNaN(tb)) return -1;
      return ta - tb;
    }
    if (!Number.isNaN(ta) && item[a] !== item[b]) return item[a] - item[b];
    return a - b;
  };
  for (let u = 0; u < nUsers; u++) {
    if (start[u + 1] - start[u] > 1) order.subarray(start[u], start[u + 1]).sort(byTimeThenItem);
  }
  return order;
}

/**
 * The first two rows (file order indexes, earlier first) that give one user the same item at the
 * same time with different ratings, or null. Repeats at different times are separate events, and
 * rows without a time are never compared.
 */
export function firstConflict(cols: InteractionColumns, order: Int32Array): [number, number] | null {
  const user = cols.user.view();
  const item = cols.item.view();
  const time = cols.time.view();
  const rating = cols.rating.view();
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1];
    const b = order[k];
    if (user[a] !== user[b] || item[a] !== item[b] || time[a] !== time[b]) continue;
    if (rating[a] === rating[b] || (Number.isNaN(rating[a]) && Number.isNaN(rating[b]))) continue;
    return a < b ? [a, b] : [b, a];
  }
  return null;
}

/** The rows in the contract's order (`sortedOrder`), as the columns a graph keeps. */
export function sortInteractions(cols: InteractionColumns, order: Int32Array = sortedOrder(cols)): Interactions {
  const n = cols.length;
  const user = cols.user.view();
  const item = cols.item.view();
  const time = cols.time.view();
  const rating = cols.rating.view();
  const split = cols.split.view();
  const out = {
    user: new Int32Array(n),
    item: new Int32Array(n),
    rating: new Float32Array(n),
    time: new Float64Array(n),
    split: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const j = order[i];
    out.user[i] = user[j];
    out.item[i] = item[j];
    out.rating[i] = rating[j];
    out.time[i] = time[j];
    out.split[i] = split[j];
  }
  return out;
}
