/** Row gather: out[i,:] = table[ids[i],:], zero rows for id < 0 (padding). */
export function embeddingForward(table: Float32Array, ids: Int32Array, out: Float32Array, n: number, d: number): void {
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id < 0) out.fill(0, i * d, i * d + d);
    else out.set(table.subarray(id * d, id * d + d), i * d);
  }
}

/** Scatter-add: dTable[ids[i],:] += dOut[i,:] (padding ignored). */
export function embeddingBackward(dOut: Float32Array, ids: Int32Array, dTable: Float32Array, n: number, d: number): void {
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id < 0) continue;
    const t = id * d;
    const o = i * d;
    for (let j = 0; j < d; j++) dTable[t + j] += dOut[o + j];
  }
}
