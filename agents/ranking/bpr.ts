import { mmBT } from "./nn/matmul.ts";
import { Params } from "./nn/params.ts";
import { Random } from "../random.ts";
import type { Recommender } from "./model.ts";
import type { Sequences } from "./sequences.ts";
import { rowHas, type Csr } from "../../graph/types.ts";

export interface BprConfig {
  readonly nUsers: number;
  readonly nItems: number;
  readonly d: number;
  readonly lr: number;
  readonly reg: number;
  readonly seed: number;
}

export const BPR_DEFAULTS: Omit<BprConfig, "nUsers" | "nItems"> = { d: 64, lr: 0.05, reg: 0.005, seed: 1 };

/**
 * BPR-MF (Rendle et al. 2009): user and item factors fitted by SGD on (user, seen item, uniformly sampled
 * unseen item) triples, ignoring order. Scores depend on the user id, not on the history passed in.
 */
export class BprMf implements Recommender {
  readonly name = "bpr";
  readonly params: Params;

  constructor(readonly config: BprConfig, params?: Float32Array) {
    const c = config;
    this.params = new Params([["user", c.nUsers * c.d], ["item", c.nItems * c.d]]);
    if (params) this.params.data.set(params);
    else {
      const rng = new Random(c.seed);
      this.params.normal("user", 0.1, rng);
      this.params.normal("item", 0.1, rng);
    }
  }

  trainEpoch(train: Sequences, rng: Random): number {
    const { d, lr, reg, nItems } = this.config;
    const U = this.params.get("user");
    const V = this.params.get("item");
    const n = train.items.length;
    const owner = new Int32Array(n);
    for (let u = 0; u < train.nUsers; u++) owner.fill(u, train.offsets[u], train.offsets[u + 1]);
    // each user's items sorted, for a binary-search "has the user seen j" test
    const seen: Csr = { offsets: train.offsets, ids: train.items.slice() };
    for (let u = 0; u < train.nUsers; u++) seen.ids.subarray(train.offsets[u], train.offsets[u + 1]).sort();
    let loss = 0;
    for (let s = 0; s < n; s++) {
      const idx = rng.int(n);
      const u = owner[idx];
      const i = train.items[idx];
      // rejection-sample an item the user has not seen
      let j = rng.int(nItems);
      for (let tries = 0; tries < 10; tries++) {
        if (!rowHas(seen, u, j)) break;
        j = rng.int(nItems);
      }
      const uo = u * d;
      const io = i * d;
      const jo = j * d;
      let x = 0;
      for (let k = 0; k < d; k++) x += U[uo + k] * (V[io + k] - V[jo + k]);
      const sig = 1 / (1 + Math.exp(x));
      loss += Math.log1p(Math.exp(-x));
      for (let k = 0; k < d; k++) {
        const uk = U[uo + k];
        const ik = V[io + k];
        const jk = V[jo + k];
        U[uo + k] += lr * (sig * (ik - jk) - reg * uk);
        V[io + k] += lr * (sig * uk - reg * ik);
        V[jo + k] += lr * (-sig * uk - reg * jk);
      }
    }
    return n ? loss / n : 0;
  }

  score(users: Int32Array, _histories: readonly Int32Array[], out: Float32Array): void {
    const { d, nItems } = this.config;
    const U = this.params.get("user");
    const q = new Float32Array(users.length * d);
    for (let i = 0; i < users.length; i++) q.set(U.subarray(users[i] * d, users[i] * d + d), i * d);
    mmBT(q, this.params.get("item"), out, users.length, d, nItems);
  }

  itemVectors(): { dim: number; data: Float32Array } {
    return { dim: this.config.d, data: this.params.get("item") };
  }

  save(): { kind: string; config: unknown; params: Float32Array } {
    return { kind: "bpr", config: this.config, params: this.params.data };
  }
}

