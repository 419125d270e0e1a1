import type { Csr } from "./types.ts";

/** A CSR with `nRows` empty rows. */
export function emptyCsr(nRows: number): Csr {
  return { offsets: new Int32Array(nRows + 1), ids: new Int32Array(0) };
}

/**
 * CSR from an edge list `src[e] -> dst[e]` (only the first `nEdges` entries are read).
 * Rows come out sorted ascending with duplicate edges removed, as the contract requires.
 */
export function buildCsr(nRows: number, src: Int32Array, dst: Int32Array, nEdges = src.length): Csr {
  const counts = new Int32Array(nRows + 1);
  for (let e = 0; e < nEdges; e++) {
    const r = src[e];
    if (r < 0 || r >= nRows) throw new RangeError(`edge ${e}: row ${r} outside 0..${nRows - 1}`);
    counts[r + 1]++;
  }
  for (let r = 0; r < nRows; r++) counts[r + 1] += counts[r];
  const cursor = counts.slice(0, nRows);
  const ids = new Int32Array(nEdges);
  for (let e = 0; e < nEdges; e++) ids[cursor[src[e]]++] = dst[e];
  return sortAndDedupeRows(counts, ids);
}

/** Sorts every row and drops repeated ids, compacting in place. */
function sortAndDedupeRows(offsets: Int32Array, ids: Int32Array): Csr {
  const nRows = offsets.length - 1;
  const out = new Int32Array(nRows + 1);
  let w = 0;
  for (let r = 0; r < nRows; r++) {
    const start = offsets[r];
    const end = offsets[r + 1];
    ids.subarray(start, end).sort();
    out[r] = w;
    for (let i = start; i < end; i++) {
      if (i > start && ids[i] === ids[i - 1]) continue;
      ids[w++] = ids[i];
    }
  }
  out[nRows] = w;
  return { offsets: out, ids: w === ids.length ? ids : ids.slice(0, w) };
}

/** The transpose of `csr` (columns become rows); rows of the result are sorted because rows are visited in order. */
export function transpose(csr: Csr, nCols: number): Csr {
  const nRows = csr.offsets.length - 1;
  const counts = new Int32Array(nCols + 1);
  for (let i = 0; i < csr.ids.length; i++) counts[csr.ids[i] + 1]++;
  for (let c = 0; c < nCols; c++) counts[c + 1] += counts[c];
  const cursor = counts.slice(0, nCols);
  const ids = new Int32Array(csr.ids.length);
  for (let r = 0; r < nRows; r++) {
    for (let i = csr.offsets[r]; i < csr.offsets[r + 1]; i++) ids[cursor[csr.ids[i]]++] = r;
  }
  return { offsets: counts, ids };
}

/** Number of rows of a CSR. */
export function nRows(csr: Csr): number {
  return csr.offsets.length - 1;
}
