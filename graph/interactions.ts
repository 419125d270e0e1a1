import type { Interactions } from "./types.ts";
import { FloatColumn, IntColumn } from "./growable.ts";

/** Interactions as read from a source, in file order, before sorting. */
export class InteractionColumns {
  readonly user = new IntColumn();
  readonly item = new IntColumn();
  readonly rating = new FloatColumn();
  readonly time = new FloatColumn();
  readonly split = new IntColumn();
  get length(): number {
    return this.user.length;
  }
  push(user: number, item: number, rating: number, time: number, split: number): void {
    this.user.push(user);
    this.item.push(item);
    this.rating.push(rating);
    this.time.push(time);
    this.split.push(split);
  }
}

/**
 * The contract's order: by user, then time, then item; file order breaks the remaining ties,
 * so sources without time keep their file order within a user.
 */
export function sortInteractions(cols: InteractionColumns): Interactions {
  const n = cols.length;
  const user = cols.user.view();
  const item = cols.item.view();
  const time = cols.time.view();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    if (user[a] !== user[b]) return user[a] - user[b];
    const ta = time[a];
    const tb = time[b];
    if (ta !== tb && !(Number.isNaN(ta) && Number.isNaN(tb))) {
      if (Number.isNaN(ta)) return 1;
      if (Number.isNaN(tb)) return -1;
      return ta - tb;
    }
    if (!Number.isNaN(ta) && item[a] !== item[b]) return item[a] - item[b];
    return a - b;
  });
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
