import { IntColumn } from "../../graph/growable.ts";

/** Rows of ids in one flat array, in the order they were written (not sorted, unlike graph's Csr): row r is ids[offsets[r] .. offsets[r + 1]). */
export class Rows {
  constructor(
    readonly offsets: Int32Array,
    readonly ids: Int32Array,
  ) {}

  length(r: number): number {
    return this.offsets[r + 1] - this.offsets[r];
  }

  /** The k-th id of row r. */
  at(r: number, k: number): number {
    return this.ids[this.offsets[r] + k];
  }

  /** Row r as a plain array: what a span hands on. */
  array(r: number, n = this.length(r)): number[] {
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = this.ids[this.offsets[r] + k];
    return out;
  }
}

/** Writes rows one after another: push the ids of a row, then end it. */
export class RowsBuilder {
  private readonly offsets = new IntColumn();
  private readonly ids = new IntColumn();

  constructor() {
    this.offsets.push(0);
  }

  push(id: number): void {
    this.ids.push(id);
  }

  end(): void {
    this.offsets.push(this.ids.length);
  }

  build(): Rows {
    return new Rows(this.offsets.view().slice(), this.ids.view().slice());
  }
}
