import { Random } from "../random.ts";

/**
 * The action scorer: logit(x) = w·x + Σ_h v_h tanh(W_h·x + b_h) for each action's feature row x;
 * the policy is the softmax of the logits over the turn's actions. The linear part starts on the
 * lookahead gain (so the untrained policy behaves like path reasoning), the tanh layer starts
 * silent (v = 0) and learns the corrections. Parameters live in one Float64Array:
 * [w (inputs) | W (hidden × inputs) | b (hidden) | v (hidden)].
 */
export interface NetShape {
  readonly inputs: number;
  readonly hidden: number;
}

export function paramCount(s: NetShape): number {
  return s.inputs + s.hidden * s.inputs + 2 * s.hidden;
}

/** Initial parameters: `gainIndex` weighted by `gainWeight` (−1: none), hidden weights ~ N(0, 1/inputs). */
export function initParams(s: NetShape, seed: number, gainIndex: number, gainWeight: number): Float64Array {
  const p = new Float64Array(paramCount(s));
  if (gainIndex >= 0) p[gainIndex] = gainWeight;
  const rng = new Random(seed);
  const scale = 1 / Math.sqrt(s.inputs);
  const W = s.inputs;
  for (let k = 0; k < s.hidden * s.inputs; k++) p[W + k] = rng.normal() * scale;
  return p;
}

/** logits[a] for the `n` rows of `x` (row-major, `s.inputs` wide). */
export function logits(s: NetShape, p: Float64Array, x: Float64Array, n: number, out: Float64Array): void {
  const I = s.inputs;
  const H = s.hidden;
  const W = I;
  const b = I + H * I;
  const v = b + H;
  for (let a = 0; a < n; a++) {
    const xo = a * I;
    let z = 0;
    for (let i = 0; i < I; i++) z += p[i] * x[xo + i];
    for (let h = 0; h < H; h++) {
      const wo = W + h * I;
      let u = p[b + h];
      for (let i = 0; i < I; i++) u += p[wo + i] * x[xo + i];
      z += p[v + h] * Math.tanh(u);
    }
    out[a] = z;
  }
}

/** Softmax of `z[0..n)` in place. */
export function softmax(z: Float64Array, n: number): void {
  let max = -Infinity;
  for (let a = 0; a < n; a++) if (z[a] > max) max = z[a];
  let sum = 0;
  for (let a = 0; a < n; a++) sum += z[a] = Math.exp(z[a] - max);
  for (let a = 0; a < n; a++) z[a] /= sum;
}

/**
 * grad += scale · ∇ log π(chosen) for one decision, given the policy's probabilities `prob`
 * (d log π / d logit_a = [a = chosen] − π_a, then back through each row's network).
 */
export function addLogProbGrad(
  s: NetShape,
  p: Float64Array,
  x: Float64Array,
  n: number,
  prob: Float64Array,
  chosen: number,
  scale: number,
  grad: Float64Array,
): void {
  const I = s.inputs;
  const H = s.hidden;
  const W = I;
  const b = I + H * I;
  const v = b + H;
  for (let a = 0; a < n; a++) {
    const g = scale * ((a === chosen ? 1 : 0) - prob[a]);
    if (g === 0) continue;
    const xo = a * I;
    for (let i = 0; i < I; i++) grad[i] += g * x[xo + i];
    for (let h = 0; h < H; h++) {
      const wo = W + h * I;
      let u = p[b + h];
      for (let i = 0; i < I; i++) u += p[wo + i] * x[xo + i];
      const t = Math.tanh(u);
      grad[v + h] += g * t;
      const du = g * p[v + h] * (1 - t * t);
      if (du === 0) continue;
      grad[b + h] += du;
      for (let i = 0; i < I; i++) grad[wo + i] += du * x[xo + i];
    }
  }
}

/** log π(chosen) for the rows of `x`: what `addLogProbGrad` differentiates (for gradient checks). */
export function logProb(s: NetShape, p: Float64Array, x: Float64Array, n: number, chosen: number): number {
  const z = new Float64Array(n);
  logits(s, p, x, n, z);
  let max = -Infinity;
  for (let a = 0; a < n; a++) if (z[a] > max) max = z[a];
  let sum = 0;
  for (let a = 0; a < n; a++) sum += Math.exp(z[a] - max);
  return z[chosen] - max - Math.log(sum);
}
