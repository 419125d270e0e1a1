/** Adam (Kingma & Ba) for gradient ascent on a flat parameter vector. */
export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private t = 0;

  constructor(
    size: number,
    private readonly rate: number,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly eps = 1e-8,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }

  /** params += rate · m̂ / (√v̂ + ε) for the ascent direction `grad`. */
  step(params: Float64Array, grad: Float64Array): void {
    this.t++;
    const c1 = 1 - Math.pow(this.beta1, this.t);
    const c2 = 1 - Math.pow(this.beta2, this.t);
    for (let k = 0; k < params.length; k++) {
      const g = grad[k];
      this.m[k] = this.beta1 * this.m[k] + (1 - this.beta1) * g;
      this.v[k] = this.beta2 * this.v[k] + (1 - this.beta2) * g * g;
      params[k] += (this.rate * (this.m[k] / c1)) / (Math.sqrt(this.v[k] / c2) + this.eps);
    }
  }
}
