import type { Sequences } from "./sequences.ts";

/**
 * Next-item training windows of length L over each user's sequence: inputs s[e−L+1..e], targets s[e−L+2..e+1],
 * right-aligned and left-padded with −1. Windows end at e = n−2, n−2−L, … so every transition trains once per epoch.
 */
export interface Windows {
  readonly user: Int32Array;
  readonly end: Int32Array;
  readonly count: number;
}

export function makeWindows(seqs: Sequences, L: number): Windows {
  const user: number[] = [];
  const end: number[] = [];
  for (let u = 0; u < seqs.nUsers; u++) {
    const n = seqs.offsets[u + 1] - seqs.offsets[u];
    for (let e = n - 2; e >= 0; e -= L) {
      user.push(u);
      end.push(e);
    }
  }
  return { user: Int32Array.from(user), end: Int32Array.from(end), count: user.length };
}

/** Fills row b of inputs/targets [B·L] with window w (−1 for padding and missing targets). */
export function fillWindow(seqs: Sequences, win: Windows, w: number, b: number, L: number, inputs: Int32Array, targets: Int32Array): void {
  const s = seqs.offsets[win.user[w]];
  const e = win.end[w];
  for (let t = 0; t < L; t++) {
    const idx = e - (L - 1) + t;
    inputs[b * L + t] = idx >= 0 ? seqs.items[s + idx] : -1;
    targets[b * L + t] = idx >= 0 ? seqs.items[s + idx + 1] : -1;
  }
}

/** Right-aligned, left-padded input window of the last L items of a history. */
export function fillHistory(history: Int32Array, L: number, inputs: Int32Array, b: number): void {
  const n = history.length;
  for (let t = 0; t < L; t++) {
    const idx = n - L + t;
    inputs[b * L + t] = idx >= 0 ? history[idx] : -1;
  }
}
