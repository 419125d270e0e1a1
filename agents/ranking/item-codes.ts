import { readFileSync } from "node:fs";
import { HALF_PASS_ITEMS, HalfPass } from "../workers/half-pass.ts";
import type { PreferenceModel } from "./preference.ts";

/** Where the codes, scales, biases, query, items and outputs lie in the kernel's memory (byte offsets). */
export interface CodesLayout {
  codes: number;
  scale: number;
  bias: number;
  q: number;
  items: number;
  out: number;
  stride: number;
}

export type CodesKernel = (codes: number, stride: number, scale: number, bias: number, q: number, qscale: number, items: number, n: number, out: number) => void;

/** The kernel, over `memory` (shared, so a helper thread runs it on the same codes). */
export function codesKernel(memory: WebAssembly.Memory): CodesKernel {
  const module = new WebAssembly.Module(readFileSync(new URL("./item-codes.wasm", import.meta.url)));
  return new WebAssembly.Instance(module, { env: { memory } }).exports.dots as CodesKernel;
}

/**
 * The model's item vectors as int8 codes (each vector divided by its largest magnitude / 127), scored by a
 * WebAssembly SIMD kernel (item-codes.wat, compiled to item-codes.wasm). A retrieval over a large catalog
 * reads one item's 32 bytes instead of its 128, from a matrix a quarter the size: at 1M items about a third of
 * the time per item of the exact float pass, whose cost is the memory of items scattered through the catalog,
 * not the arithmetic (bench/retrieval-codes.ts). Scores are approximate (an item's error is within about 1% of
 * |q|·|v_i|), so they only choose which items a capped conversation keeps: the kept ones are scored exactly
 * again (agents/dialogue/candidate-cap.ts). A pass over many items is shared with a helper thread.
 */
export class ItemCodes {
  private readonly memory: WebAssembly.Memory;
  private readonly kernel: CodesKernel;
  /** Bytes per item's row of codes: the dimension rounded up to 16. */
  private readonly stride: number;
  private readonly at: CodesLayout;
  private readonly q16: Int16Array;
  private readonly items: Int32Array;
  private readonly out: Float32Array;
  private readonly half: HalfPass | null;

  /** `halfPassItems`: passes this long or longer share the work with a helper thread (Infinity: never). */
  constructor(m: PreferenceModel, halfPassItems = HALF_PASS_ITEMS) {
    const d = m.dim;
    this.stride = Math.ceil(d / 16) * 16;
    const n = m.nItems;
    const codes = 0;
    const scale = codes + n * this.stride;
    const bias = scale + 4 * n;
    const q = bias + 4 * n;
    const items = q + 2 * this.stride;
    const out = items + 4 * n;
    this.at = { codes, scale, bias, q, items, out, stride: this.stride };
    const pages = Math.ceil((out + 4 * n) / 65536);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    this.kernel = codesKernel(this.memory);
    const buf = this.memory.buffer;
    const c = new Int8Array(buf, codes, n * this.stride);
    const s = new Float32Array(buf, scale, n);
    new Float32Array(buf, bias, n).set(m.itemBias);
    for (let i = 0; i < n; i++) {
      let max = 0;
      for (let f = 0; f < d; f++) max = Math.max(max, Math.abs(m.item[i * d + f]));
      s[i] = max / 127;
      if (max > 0) for (let f = 0; f < d; f++) c[i * this.stride + f] = Math.round(m.item[i * d + f] / s[i]);
    }
    this.q16 = new Int16Array(buf, q, this.stride);
    this.items = new Int32Array(buf, items, n);
    this.out = new Float32Array(buf, out, n);
    this.half = n >= halfPassItems ? new HalfPass(new URL("./item-codes-worker.ts", import.meta.url), { memory: this.memory, at: this.at }, halfPassItems) : null;
  }

  /** out[k] ≈ b_i + q·v_i for i = items[k], k < n. */
  dots(q: Float64Array, items: Int32Array, n: number, out: Float32Array): void {
    let max = 0;
    for (let f = 0; f < q.length; f++) max = Math.max(max, Math.abs(q[f]));
    const qscale = max / 32767;
    for (let f = 0; f < q.length; f++) this.q16[f] = max > 0 ? Math.round(q[f] / qscale) : 0;
    this.items.set(items.subarray(0, n));
    const { codes, stride, scale, bias, q: at, items: from, out: to } = this.at;
    const pass = (a: number, b: number) => this.kernel(codes, stride, scale, bias, at, qscale, from + 4 * a, b - a, to + 4 * a);
    if (this.half) this.half.run(n, [qscale], pass);
    else pass(0, n);
    out.set(this.out.subarray(0, n));
  }

  /** Whether a helper thread shares the long passes now. */
  get helping(): boolean {
    return this.half?.helping ?? false;
  }

  /** Stops the helper thread, if any. */
  close(): Promise<unknown> {
    return this.half?.close() ?? Promise.resolve();
  }
}
