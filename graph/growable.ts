/** Append-only typed-array columns for importers, which do not know their row counts up front. */

export class IntColumn {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  /** The filled part, trimmed to its length. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export class FloatColumn {
  data: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** Directed edges `src -> dst`. */
export class EdgeList {
  readonly src = new IntColumn();
  readonly dst = new IntColumn();
  get length(): number {
    return this.src.length;
  }
  push(a: number, b: number): void {
    this.src.push(a);
    this.dst.push(b);
  }
}
