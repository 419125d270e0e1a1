import type { Random } from "../random.ts";
import type { Recommender } from "./model.ts";
import type { Sequences } from "./sequences.ts";

/** Most-interacted items first: the floor every learned model must clear. */
export class Popularity implements Recommender {
  readonly name = "pop";
  private readonly counts: Float32Array;
  constructor(readonly nItems: number) {
    this.counts = new Float32Array(nItems);
  }

  trainEpoch(train: Sequences, _rng: Random): number {
    this.counts.fill(0);
    for (let i = 0; i < train.items.length; i++) this.counts[train.items[i]]++;
    return 0;
  }

  score(users: Int32Array, _histories: readonly Int32Array[], out: Float32Array): void {
    for (let i = 0; i < users.length; i++) out.set(this.counts, i * this.nItems);
  }

  itemVectors(): null {
    return null;
  }

  save(): { kind: string; config: unknown; params: Float32Array } {
    return { kind: "pop", config: { nItems: this.nItems }, params: this.counts };
  }

  static load(config: { nItems: number }, params: Float32Array): Popularity {
    const m = new Popularity(config.nItems);
    m.counts.set(params);
    return m;
  }
}
