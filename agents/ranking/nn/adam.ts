/** A block of rows of the parameter vector of which only some rows received gradient this step. */
export interface SparseRows {
  /** Offset of the block in the parameter vector. */
  readonly offset: number;
  readonly rows: number;
  readonly rowSize: number;
  /** The touched rows are touched[0 .. count). */
  readonly touched: Int32Array;
  readonly count: number;
}

/**
 * Adam (β1 0.9, β2 0.98) over one flat parameter vector and its gradient. Blocks passed as sparse
 * (embedding tables) are updated lazily: only their touched rows, whose moments alone advance,
 * so a step costs the rows a batch used rather than the whole catalog.
 */
export class Adam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private t = 0;
  constructor(
    private readonly params: Float32Array,
    private readonly grads: Float32Array,
    public lr = 1e-3,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.98,
    private readonly eps = 1e-8,
  ) {
    this.m = new Float32Array(params.length);
    this.v = new Float32Array(params.length);
  }

  step(sparse: readonly SparseRows[] = []): void {
    this.t++;
    const c1 = 1 / (1 - Math.pow(this.beta1, this.t));
    const c2 = 1 / (1 - Math.pow(this.beta2, this.t));
    const blocks = [...sparse].sort((a, b) => a.offset - b.offset);
    let at = 0;
    for (const s of blocks) {
      this.update(at, s.offset, c1, c2);
      for (let k = 0; k < s.count; k++) {
        const start = s.offset + s.touched[k] * s.rowSize;
        this.update(start, start + s.rowSize, c1, c2);
      }
      at = s.offset + s.rows * s.rowSize;
    }
    this.update(at, this.params.length, c1, c2);
  }

  private update(from: number, to: number, c1: number, c2: number): void {
    const { params: p, grads: g, m, v, beta1: b1, beta2: b2, eps, lr } = this;
    for (let i = from; i < to; i++) {
      const gi = g[i];
      const mi = (m[i] = b1 * m[i] + (1 - b1) * gi);
      const vi = (v[i] = b2 * v[i] + (1 - b2) * gi * gi);
      p[i] -= (lr * mi * c1) / (Math.sqrt(vi * c2) + eps);
    }
  }
}
