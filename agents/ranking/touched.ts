import type { SparseRows } from "./nn/adam.ts";

/** The item rows a training step touched (inputs, targets, sampled negatives), for lazy Adam updates. */
export class TouchedItems {
  private readonly mark: Uint8Array;
  readonly list: Int32Array;
  count = 0;

  constructor(nItems: number) {
    this.mark = new Uint8Array(nItems);
    this.list = new Int32Array(nItems);
  }

  add(ids: Int32Array, n = ids.length): void {
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      if (id < 0 || this.mark[id]) continue;
      this.mark[id] = 1;
      this.list[this.count++] = id;
    }
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.mark[this.list[k]] = 0;
    this.count = 0;
  }

  /** The embedding table and the item bias as sparse blocks of a Params vector. */
  blocks(itemOffset: number, biasOffset: number, nItems: number, d: number): SparseRows[] {
    return [
      { offset: itemOffset, rows: nItems, rowSize: d, touched: this.list, count: this.count },
      { offset: biasOffset, rows: nItems, rowSize: 1, touched: this.list, count: this.count },
    ];
  }
}
