import type { Random } from "../random.ts";
import type { SampledSoftmax } from "./head.ts";
import { addItemBias, initBias } from "./item-bias.ts";
import { Adam } from "./nn/adam.ts";
import { mmBT } from "./nn/matmul.ts";
import type { Params } from "./nn/params.ts";
import { itemCounts, type Sequences } from "./sequences.ts";
import { TouchedItems } from "./touched.ts";
import { fillHistory, fillWindow, makeWindows } from "./windows.ts";

/** What every window-trained model is configured with. */
export interface WindowConfig {
  readonly L: number;
  readonly batch: number;
  readonly nItems: number;
  readonly d: number;
  readonly lr: number;
}

/**
 * A sequence model trained on fixed-length windows through the sampled-softmax head (SASRec, GRU4Rec):
 * the optimiser, whose learning rate fit.ts lowers on plateaus, the batch buffers, the epoch loop and the
 * gradient probe of the gradient checks, and scoring. A model brings its parameters, its head,
 * `gradients` and `lastStates`.
 */
export abstract class WindowModel {
  protected readonly opt: Adam;
  protected readonly touched: TouchedItems;
  /** Batch buffers [batch·L] the model reads its windows from (−1: no item). */
  protected readonly ids: Int32Array;
  protected readonly targets: Int32Array;

  constructor(
    readonly config: WindowConfig,
    readonly params: Params,
    protected readonly head: SampledSoftmax,
  ) {
    this.opt = new Adam(params.data, params.grad, config.lr);
    this.touched = new TouchedItems(config.nItems);
    this.ids = new Int32Array(config.batch * config.L);
    this.targets = new Int32Array(config.batch * config.L);
  }

  /** Adam's step size (starts at config.lr; the reduce-on-plateau schedule of fit.ts lowers it). */
  get learningRate(): number {
    return this.opt.lr;
  }

  set learningRate(lr: number) {
    this.opt.lr = lr;
  }

  /**
   * One epoch over the shuffled windows of `train`; returns the mean batch loss. Each step runs Adam on
   * the dense weights and, lazily, on the item rows the batch touched.
   */
  trainEpoch(train: Sequences, rng: Random): number {
    const { L, batch, nItems, d } = this.config;
    const win = makeWindows(train, L);
    const counts = itemCounts(train);
    this.head.setPopularity(counts);
    initBias(this.params.get("ibias"), counts);
    const order = new Int32Array(win.count);
    for (let i = 0; i < win.count; i++) order[i] = i;
    rng.shuffle(order);
    const t = this.touched;
    let total = 0;
    let steps = 0;
    for (let start = 0; start < win.count; start += batch) {
      const B = Math.min(batch, win.count - start);
      for (let b = 0; b < B; b++) fillWindow(train, win, order[start + b], b, L, this.ids, this.targets);
      total += this.gradients(B, rng);
      t.add(this.ids, B * L);
      t.add(this.targets, B * L);
      t.add(this.head.negs);
      this.opt.step(t.blocks(this.params.offset("item"), this.params.offset("ibias"), nItems, d));
      t.clear();
      steps++;
    }
    return steps ? total / steps : 0;
  }

  /**
   * Loss and parameter gradient (in params.grad) on B windows given as inputs/targets [B·L] (−1: none),
   * without an optimiser step: what the gradient checks probe.
   */
  lossAndGradient(inputs: Int32Array, targets: Int32Array, B: number, rng: Random): number {
    this.ids.set(inputs.subarray(0, B * this.config.L));
    this.targets.set(targets.subarray(0, B * this.config.L));
    return this.gradients(B, rng);
  }

  /**
   * Scores every item after each history into out [histories.length · nItems]: the model's state at
   * the last position against the item rows, plus the item bias, `batch` histories at a time.
   */
  score(_users: Int32Array, histories: readonly Int32Array[], out: Float32Array): void {
    const { L, d, nItems, batch } = this.config;
    const last = new Float32Array(batch * d);
    for (let start = 0; start < histories.length; start += batch) {
      const B = Math.min(batch, histories.length - start);
      for (let b = 0; b < B; b++) fillHistory(histories[start + b], L, this.ids, b);
      this.lastStates(B, last);
      const o = out.subarray(start * nItems, (start + B) * nItems);
      mmBT(last, this.params.get("item"), o, B, d, nItems);
      addItemBias(o, this.params.get("ibias"), B, nItems);
    }
  }

  /** Loss on the B windows in ids/targets, gradients left in params.grad. */
  protected abstract gradients(B: number, rng: Random): number;

  /** The state at the last position of each of the B windows in ids (no dropout), into last [B·d]. */
  protected abstract lastStates(B: number, last: Float32Array): void;
}
