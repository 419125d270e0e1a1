import type { Interactions } from "../../graph/types.ts";

/** Per-user item sequences in time order: user u's items are `items[offsets[u] .. offsets[u + 1])`. */
export interface Sequences {
  readonly nUsers: number;
  readonly nItems: number;
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/** Builds sequences from interactions (already sorted by user, then time), keeping rows that `keep` accepts. */
export function userSequences(inter: Interactions, nUsers: number, nItems: number, keep: (row: number) => boolean = () => true): Sequences {
  const offsets = new Int32Array(nUsers + 1);
  const n = inter.user.length;
  for (let i = 0; i < n; i++) if (keep(i)) offsets[inter.user[i] + 1]++;
  for (let u = 0; u < nUsers; u++) offsets[u + 1] += offsets[u];
  const items = new Int32Array(offsets[nUsers]);
  const cursor = offsets.slice(0, nUsers);
  for (let i = 0; i < n; i++) if (keep(i)) items[cursor[inter.user[i]]++] = inter.item[i];
  return { nUsers, nItems, offsets, items };
}

export function sequenceOf(seqs: Sequences, u: number): Int32Array {
  return seqs.items.subarray(seqs.offsets[u], seqs.offsets[u + 1]);
}

/**
 * Leave-one-out by time: each user's last item is the test target, the one before the validation target,
 * the rest trains. Users with fewer than 3 items only train (target −1).
 */
export interface LeaveOneOut {
  readonly train: Sequences;
  readonly validTarget: Int32Array;
  readonly testTarget: Int32Array;
  /** Users with a test target (≥ 3 interactions). */
  readonly evalUsers: Int32Array;
}

export function leaveOneOut(all: Sequences): LeaveOneOut {
  const { nUsers, nItems } = all;
  const validTarget = new Int32Array(nUsers).fill(-1);
  const testTarget = new Int32Array(nUsers).fill(-1);
  const offsets = new Int32Array(nUsers + 1);
  const eval_: number[] = [];
  for (let u = 0; u < nUsers; u++) {
    const len = all.offsets[u + 1] - all.offsets[u];
    const held = len >= 3 ? 2 : 0;
    offsets[u + 1] = offsets[u] + len - held;
    if (held) {
      validTarget[u] = all.items[all.offsets[u + 1] - 2];
      testTarget[u] = all.items[all.offsets[u + 1] - 1];
      eval_.push(u);
    }
  }
  const items = new Int32Array(offsets[nUsers]);
  for (let u = 0; u < nUsers; u++) items.set(all.items.subarray(all.offsets[u], all.offsets[u] + offsets[u + 1] - offsets[u]), offsets[u]);
  return { train: { nUsers, nItems, offsets, items }, validTarget, testTarget, evalUsers: Int32Array.from(eval_) };
}

/** Appends one item to a history (the validation item joins the history when scoring the test target). */
export function withItem(history: Int32Array, item: number): Int32Array {
  const out = new Int32Array(history.length + 1);
  out.set(history);
  out[history.length] = item;
  return out;
}

/** How often each item occurs in the sequences. */
export function itemCounts(seqs: Sequences): Float32Array {
  const c = new Float32Array(seqs.nItems);
  for (let i = 0; i < seqs.items.length; i++) c[seqs.items[i]]++;
  return c;
}
