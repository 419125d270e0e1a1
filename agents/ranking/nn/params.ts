import type { Random } from "../../random.ts";

/**
 * A model's parameters as one flat Float32Array with named views, and a gradient of the same layout,
 * so the optimiser, serialisation and gradient checks each see a single vector.
 */
export class Params {
  readonly data: Float32Array;
  readonly grad: Float32Array;
  private readonly views = new Map<string, { offset: number; size: number }>();

  constructor(shapes: ReadonlyArray<readonly [name: string, size: number]>) {
    let total = 0;
    for (const [name, size] of shapes) {
      this.views.set(name, { offset: total, size });
      total += size;
    }
    this.data = new Float32Array(total);
    this.grad = new Float32Array(total);
  }

  get(name: string): Float32Array {
    const v = this.slot(name);
    return this.data.subarray(v.offset, v.offset + v.size);
  }

  g(name: string): Float32Array {
    const v = this.slot(name);
    return this.grad.subarray(v.offset, v.offset + v.size);
  }

  /** Offset of `name` in the flat vector. */
  offset(name: string): number {
    return this.slot(name).offset;
  }

  names(): string[] {
    return [...this.views.keys()];
  }

  zeroGrad(): void {
    this.grad.fill(0);
  }

  /** Normal(0, std) init for `name`. */
  normal(name: string, std: number, rng: Random): void {
    const a = this.get(name);
    for (let i = 0; i < a.length; i++) a[i] = rng.normal() * std;
  }

  fill(name: string, value: number): void {
    this.get(name).fill(value);
  }

  private slot(name: string): { offset: number; size: number } {
    const v = this.views.get(name);
    if (!v) throw new Error(`unknown parameter ${name}`);
    return v;
  }
}
