/**
 * Dense row-major matrix products on Float32Array. Shapes are explicit; `acc` adds into `out`
 * instead of overwriting (backward passes accumulate gradients). The kernels keep a 2×4 or 2×2 block of
 * outputs in registers, so each load feeds several multiply-adds: about 2.5× a naive loop in V8.
 */

/** out[m,n] (+)= a[m,k] · b[k,n] */
export function mm(a: Float32Array, b: Float32Array, out: Float32Array, m: number, k: number, n: number, acc = false): void {
  const m2 = m - (m % 2);
  const n4 = n - (n % 4);
  for (let i = 0; i < m2; i += 2) {
    const a0 = i * k;
    const a1 = a0 + k;
    const o0 = i * n;
    const o1 = o0 + n;
    for (let j = 0; j < n4; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      for (let p = 0; p < k; p++) {
        const bp = p * n + j;
        const b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
        const v = a[a0 + p];
        const w = a[a1 + p];
        s0 += v * b0; s1 += v * b1; s2 += v * b2; s3 += v * b3;
        t0 += w * b0; t1 += w * b1; t2 += w * b2; t3 += w * b3;
      }
      if (acc) {
        out[o0 + j] += s0; out[o0 + j + 1] += s1; out[o0 + j + 2] += s2; out[o0 + j + 3] += s3;
        out[o1 + j] += t0; out[o1 + j + 1] += t1; out[o1 + j + 2] += t2; out[o1 + j + 3] += t3;
      } else {
        out[o0 + j] = s0; out[o0 + j + 1] = s1; out[o0 + j + 2] = s2; out[o0 + j + 3] = s3;
        out[o1 + j] = t0; out[o1 + j + 1] = t1; out[o1 + j + 2] = t2; out[o1 + j + 3] = t3;
      }
    }
    for (let j = n4; j < n; j++) {
      out[o0 + j] = dotStrided(a, a0, b, j, n, k) + (acc ? out[o0 + j] : 0);
      out[o1 + j] = dotStrided(a, a1, b, j, n, k) + (acc ? out[o1 + j] : 0);
    }
  }
  for (let i = m2; i < m; i++) {
    for (let j = 0; j < n; j++) out[i * n + j] = dotStrided(a, i * k, b, j, n, k) + (acc ? out[i * n + j] : 0);
  }
}

function dotStrided(a: Float32Array, ai: number, b: Float32Array, j: number, n: number, k: number): number {
  let s = 0;
  for (let p = 0; p < k; p++) s += a[ai + p] * b[p * n + j];
  return s;
}

/** out[m,n] (+)= a[m,k] · b[n,k]ᵀ */
export function mmBT(a: Float32Array, b: Float32Array, out: Float32Array, m: number, k: number, n: number, acc = false): void {
  const m2 = m - (m % 2);
  const n2 = n - (n % 2);
  for (let i = 0; i < m2; i += 2) {
    const a0 = i * k;
    const a1 = a0 + k;
    const o0 = i * n;
    const o1 = o0 + n;
    for (let j = 0; j < n2; j += 2) {
      const b0 = j * k;
      const b1 = b0 + k;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = a[a0 + p], x1 = a[a1 + p], y0 = b[b0 + p], y1 = b[b1 + p];
        s00 += x0 * y0; s01 += x0 * y1; s10 += x1 * y0; s11 += x1 * y1;
      }
      if (acc) {
        out[o0 + j] += s00; out[o0 + j + 1] += s01; out[o1 + j] += s10; out[o1 + j + 1] += s11;
      } else {
        out[o0 + j] = s00; out[o0 + j + 1] = s01; out[o1 + j] = s10; out[o1 + j + 1] = s11;
      }
    }
    for (let j = n2; j < n; j++) {
      out[o0 + j] = dot(a, a0, b, j * k, k) + (acc ? out[o0 + j] : 0);
      out[o1 + j] = dot(a, a1, b, j * k, k) + (acc ? out[o1 + j] : 0);
    }
  }
  for (let i = m2; i < m; i++) {
    for (let j = 0; j < n; j++) out[i * n + j] = dot(a, i * k, b, j * k, k) + (acc ? out[i * n + j] : 0);
  }
}

function dot(a: Float32Array, ai: number, b: Float32Array, bj: number, k: number): number {
  let s = 0;
  for (let p = 0; p < k; p++) s += a[ai + p] * b[bj + p];
  return s;
}

const CHUNK = 128;
let scratchA = new Float32Array(0);
let scratchB = new Float32Array(0);

/**
 * out[m,n] (+)= a[k,m]ᵀ · b[k,n] (weight gradients, k = rows of a batch). Runs over k in chunks that are
 * transposed into scratch so the product becomes contiguous dot products (mmBT).
 */
export function mmAT(a: Float32Array, b: Float32Array, out: Float32Array, k: number, m: number, n: number, acc = false): void {
  if (!acc) out.fill(0, 0, m * n);
  if (scratchA.length < m * CHUNK) scratchA = new Float32Array(m * CHUNK);
  if (scratchB.length < n * CHUNK) scratchB = new Float32Array(n * CHUNK);
  for (let p0 = 0; p0 < k; p0 += CHUNK) {
    const c = Math.min(CHUNK, k - p0);
    for (let p = 0; p < c; p++) {
      const ap = (p0 + p) * m;
      for (let i = 0; i < m; i++) scratchA[i * c + p] = a[ap + i];
      const bp = (p0 + p) * n;
      for (let j = 0; j < n; j++) scratchB[j * c + p] = b[bp + j];
    }
    mmBT(scratchA, scratchB, out, m, c, n, true);
  }
}

/** Row-wise dot products: out[r] = a[r,:] · b[r,:]. */
export function rowDot(a: Float32Array, b: Float32Array, out: Float32Array, rows: number, d: number): void {
  for (let r = 0; r < rows; r++) out[r] = dot(a, r * d, b, r * d, d);
}
