import type { Random } from "../random.ts";
import type { SampledSoftmax } from "./head.ts";
import { initBias } from "./item-bias.ts";
import type { Adam } from "./nn/adam.ts";
import type { Params } from "./nn/params.ts";
import { itemCounts, type Sequences } from "./sequences.ts";
import type { TouchedItems } from "./touched.ts";
import { fillWindow, makeWindows } from "./windows.ts";

/** The parts of a sequence model trained on fixed-length windows through the sampled-softmax head. */
export interface WindowTrainee {
  readonly config: { readonly L: number; readonly batch: number; readonly nItems: number; readonly d: number };
  readonly params: Params;
  readonly head: SampledSoftmax;
  readonly opt: Adam;
  readonly touched: TouchedItems;
  /** Batch buffers [batch·L] the model reads its windows from. */
  readonly ids: Int32Array;
  readonly targets: Int32Array;
  /** Loss on the B windows in ids/targets, gradients left in params.grad. */
  gradients(B: number, rng: Random): number;
}

/**
 * One epoch over the shuffled windows of `train`; returns the mean batch loss. Each step runs Adam on
 * the dense weights and, lazily, on the item rows the batch touched.
 */
export function trainWindowEpoch(m: WindowTrainee, train: Sequences, rng: Random): number {
  const { L, batch, nItems, d } = m.config;
  const win = makeWindows(train, L);
  const counts = itemCounts(train);
  m.head.setPopularity(counts);
  initBias(m.params.get("ibias"), counts);
  const order = new Int32Array(win.count);
  for (let i = 0; i < win.count; i++) order[i] = i;
  rng.shuffle(order);
  const t = m.touched;
  let total = 0;
  let steps = 0;
  for (let start = 0; start < win.count; start += batch) {
    const B = Math.min(batch, win.count - start);
    for (let b = 0; b < B; b++) fillWindow(train, win, order[start + b], b, L, m.ids, m.targets);
    total += m.gradients(B, rng);
    t.add(m.ids, B * L);
    t.add(m.targets, B * L);
    t.add(m.head.negs);
    m.opt.step(t.blocks(m.params.offset("item"), m.params.offset("ibias"), nItems, d));
    t.clear();
    steps++;
  }
  return steps ? total / steps : 0;
}
