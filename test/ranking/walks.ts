import { Random } from "../../agents/random.ts";
import type { Sequences } from "../../agents/ranking/sequences.ts";

/** Users walk a fixed permutation of the items from random starts: a pattern only the order reveals. */
export function walks(nUsers: number, nItems: number, len: number, seed: number): Sequences {
  const rng = new Random(seed);
  const items = new Int32Array(nUsers * len);
  const offsets = new Int32Array(nUsers + 1);
  for (let u = 0; u < nUsers; u++) {
    let x = rng.int(nItems);
    for (let t = 0; t < len; t++) {
      items[u * len + t] = x;
      x = (x * 7 + 3) % nItems;
    }
    offsets[u + 1] = (u + 1) * len;
  }
  return { nUsers, nItems, offsets, items };
}
