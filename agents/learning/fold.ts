import { buildCsr, transpose } from "../../graph/csr.ts";
import type { Graph } from "../../graph/types.ts";
import type { Pairs } from "../eval/episodes.ts";
import { Random } from "../random.ts";

/**
 * Training conversations must look like evaluation ones, and a train pair does not: the
 * preference model was fitted on it (the same policy finishes in 4.0 turns on train pairs
 * against 5.6 on valid). So the train split is folded: some train pairs are held out as the
 * policy's episodes and a fold preference model is trained on the rest. LastFM*'s held-out
 * targets are long-tail items, often with no train interaction at all, while train pairs crowd
 * on popular items; so the fold holds out whole items (cold targets) as well as single pairs of
 * the other items (warm targets), and takes at most one episode per item, which spreads the
 * episodes over the catalog the way held-out targets are spread. Only train data is read.
 */
export interface Fold {
  /** The graph with the held-out pairs removed from its train edges. */
  readonly graph: Graph;
  /** The held-out (user, item) pairs: the training episodes. */
  readonly pairs: Pairs;
}

export interface FoldOptions {
  /** Share of items whose every train pair is held out. */
  readonly coldItems: number;
  /** Share of the other items' train pairs held out. */
  readonly warmPairs: number;
}

export const DEFAULT_FOLD: FoldOptions = { coldItems: 0.3, warmPairs: 0.15 };

export function makeFold(g: Graph, seed: number, o: FoldOptions = DEFAULT_FOLD): Fold {
  const { offsets, ids } = g.itemUsers;
  const rng = new Random(seed);
  const held = new Uint8Array(ids.length);
  const outUser: number[] = [];
  const outItem: number[] = [];
  for (let i = 0; i < g.nItems; i++) {
    const s = offsets[i];
    const e = offsets[i + 1];
    if (e === s) continue;
    const cold = rng.next() < o.coldItems;
    let episode = -1;
    let seen = 0;
    for (let k = s; k < e; k++) {
      if (!cold && rng.next() >= o.warmPairs) continue;
      held[k] = 1;
      // Reservoir sampling: a uniform one of the item's held-out pairs becomes its episode.
      if (rng.int(++seen) === 0) episode = k;
    }
    if (episode >= 0) {
      outUser.push(ids[episode]);
      outItem.push(i);
    }
  }
  const keepUser = new Int32Array(ids.length);
  const keepItem = new Int32Array(ids.length);
  let kept = 0;
  for (let i = 0; i < g.nItems; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      if (held[k]) continue;
      keepUser[kept] = ids[k];
      keepItem[kept++] = i;
    }
  }
  const userItems = buildCsr(g.nUsers, keepUser, keepItem, kept);
  const graph: Graph = { ...g, userItems, itemUsers: transpose(userItems, g.nItems) };
  return { graph, pairs: { user: Int32Array.from(outUser), item: Int32Array.from(outItem) } };
}
