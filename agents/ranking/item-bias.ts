/**
 * The per-item output bias of the sequence models. It starts at log-popularity (set once, on the first
 * epoch, while it is still all zeros), so a fresh model already ranks like popularity and the network
 * only has to learn what the history adds.
 */
export function initBias(bias: Float32Array, counts: Float32Array): void {
  for (let i = 0; i < bias.length; i++) if (bias[i] !== 0) return;
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i] + 1;
  for (let i = 0; i < bias.length; i++) bias[i] = Math.log((counts[i] + 1) / total);
}

/** out[b, i] += bias[i] for B rows of nItems scores. */
export function addItemBias(out: Float32Array, bias: Float32Array, B: number, nItems: number): void {
  for (let b = 0; b < B; b++) {
    const o = b * nItems;
    for (let i = 0; i < nItems; i++) out[o + i] += bias[i];
  }
}
