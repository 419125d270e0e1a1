import { describe, expect, it } from "vitest";
import { Random } from "../../agents/random.ts";
import { linearBackward, linearForward } from "../../agents/ranking/nn/linear.ts";
import { mm, mmAT, mmBT } from "../../agents/ranking/nn/matmul.ts";
import { layerNormBackward, layerNormForward } from "../../agents/ranking/nn/layer-norm.ts";
import { attentionBackward, attentionForward } from "../../agents/ranking/nn/attention.ts";
import { gruCellBackward, gruCellForward } from "../../agents/ranking/nn/gru.ts";
import { embeddingBackward, embeddingForward } from "../../agents/ranking/nn/embedding.ts";
import { dropoutBackward, dropoutForward } from "../../agents/ranking/nn/dropout.ts";
import { softmaxCe } from "../../agents/ranking/nn/softmax-ce.ts";
import { Adam } from "../../agents/ranking/nn/adam.ts";
import { SampledSoftmax } from "../../agents/ranking/head.ts";
import { checkGrad, project, rand, sample } from "./gradcheck.ts";

describe("matmul kernels", () => {
  it("agree with a naive triple loop in all three layouts", () => {
    const rng = new Random(1);
    const [m, k, n] = [5, 7, 3];
    const a = rand(m * k, rng);
    const b = rand(k * n, rng);
    const want = new Float32Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) want[i * n + j] += a[i * k + p] * b[p * n + j];
    const out = new Float32Array(m * n);
    mm(a, b, out, m, k, n);
    for (let i = 0; i < m * n; i++) expect(out[i]).toBeCloseTo(want[i], 5);
    const bt = new Float32Array(n * k);
    for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) bt[j * k + p] = b[p * n + j];
    mmBT(a, bt, out, m, k, n);
    for (let i = 0; i < m * n; i++) expect(out[i]).toBeCloseTo(want[i], 5);
    const at = new Float32Array(k * m);
    for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) at[p * m + i] = a[i * k + p];
    mmAT(at, b, out, k, m, n);
    for (let i = 0; i < m * n; i++) expect(out[i]).toBeCloseTo(want[i], 5);
  });
});

describe("finite-difference gradients", () => {
  it("linear", () => {
    const rng = new Random(2);
    const [m, nIn, nOut] = [4, 5, 3];
    const x = rand(m * nIn, rng);
    const w = rand(nIn * nOut, rng);
    const b = rand(nOut, rng);
    const r = rand(m * nOut, rng);
    const y = new Float32Array(m * nOut);
    const loss = () => (linearForward(x, w, b, y, m, nIn, nOut), project(y, r));
    const dx = new Float32Array(x.length);
    const dw = new Float32Array(w.length);
    const db = new Float32Array(b.length);
    linearBackward(x, w, r, dx, dw, db, m, nIn, nOut);
    checkGrad("dx", loss, x, dx, sample(x.length, 99, rng));
    checkGrad("dw", loss, w, dw, sample(w.length, 99, rng));
    checkGrad("db", loss, b, db, sample(b.length, 99, rng));
  });

  it("layer norm", () => {
    const rng = new Random(3);
    const [rows, d] = [3, 6];
    const x = rand(rows * d, rng, 2);
    const g = rand(d, rng);
    const be = rand(d, rng);
    const r = rand(rows * d, rng);
    const y = new Float32Array(rows * d);
    const mean = new Float32Array(rows);
    const rstd = new Float32Array(rows);
    const loss = () => (layerNormForward(x, g, be, y, mean, rstd, rows, d), project(y, r));
    loss();
    const dx = new Float32Array(x.length);
    const dg = new Float32Array(d);
    const db = new Float32Array(d);
    layerNormBackward(x, g, r, mean, rstd, dx, dg, db, rows, d);
    checkGrad("dx", loss, x, dx, sample(x.length, 99, rng));
    checkGrad("dgamma", loss, g, dg, sample(d, 99, rng));
    checkGrad("dbeta", loss, be, db, sample(d, 99, rng));
  });

  it("causal multi-head attention with padding", () => {
    const rng = new Random(4);
    const [B, L, d, heads] = [2, 5, 4, 2];
    const n = B * L * d;
    const q = rand(n, rng);
    const k = rand(n, rng);
    const v = rand(n, rng);
    // window 0 left-padded by two positions (its first two queries see no key), window 1 full
    const valid = Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    const out = new Float32Array(n);
    const probs = new Float32Array(B * heads * L * L);
    const r = rand(n, rng);
    const loss = () => (attentionForward(q, k, v, valid, out, probs, B, L, d, heads), project(out, r));
    loss();
    expect(out.subarray(0, 2 * d).every((x) => x === 0)).toBe(true);
    const dq = new Float32Array(n);
    const dk = new Float32Array(n);
    const dv = new Float32Array(n);
    attentionBackward(q, k, v, probs, r, dq, dk, dv, new Float32Array(L), B, L, d, heads);
    checkGrad("dq", loss, q, dq, sample(n, 99, rng));
    checkGrad("dk", loss, k, dk, sample(n, 99, rng));
    checkGrad("dv", loss, v, dv, sample(n, 99, rng));
    // a future key must not change an earlier query's output
    const before = out[(L + 1) * d];
    k[(L + 3) * d] += 5;
    loss();
    expect(out[(L + 1) * d]).toBe(before);
  });

  it("GRU cell, one row masked", () => {
    const rng = new Random(5);
    const [B, H] = [3, 4];
    const xw = rand(B * 3 * H, rng);
    const h = rand(B * H, rng);
    const u = rand(H * 3 * H, rng);
    const bh = rand(3 * H, rng);
    const mask = Uint8Array.from([1, 0, 1]);
    const hOut = new Float32Array(B * H);
    const gates = new Float32Array(B * 4 * H);
    const hu = new Float32Array(B * 3 * H);
    const r = rand(B * H, rng);
    const loss = () => (gruCellForward(xw, h, u, bh, mask, hOut, gates, hu, B, H), project(hOut, r));
    loss();
    const dxw = new Float32Array(xw.length);
    const dh = new Float32Array(h.length);
    const du = new Float32Array(u.length);
    const dbh = new Float32Array(bh.length);
    gruCellBackward(h, u, mask, gates, r, dxw, dh, du, dbh, new Float32Array(B * 3 * H), B, H);
    checkGrad("dxw", loss, xw, dxw, sample(xw.length, 99, rng));
    checkGrad("dh", loss, h, dh, sample(h.length, 99, rng));
    checkGrad("du", loss, u, du, sample(u.length, 99, rng));
    checkGrad("dbh", loss, bh, dbh, sample(bh.length, 99, rng));
  });

  it("embedding gather with padding, and dropout under a fixed seed", () => {
    const rng = new Random(6);
    const [nItems, d] = [5, 3];
    const table = rand(nItems * d, rng);
    const ids = Int32Array.from([2, -1, 2, 4]);
    const out = new Float32Array(ids.length * d);
    const r = rand(out.length, rng);
    const loss = () => (embeddingForward(table, ids, out, ids.length, d), project(out, r));
    const dt = new Float32Array(table.length);
    embeddingBackward(r, ids, dt, ids.length, d);
    checkGrad("dtable", loss, table, dt, sample(table.length, 99, rng));

    const x = rand(40, rng);
    const r2 = rand(40, rng);
    const y = new Float32Array(40);
    const mask = new Float32Array(40);
    const dropLoss = () => (dropoutForward(x, y, mask, 40, 0.5, new Random(9)), project(y, r2));
    dropLoss();
    expect(mask.filter((m) => m === 0).length).toBeGreaterThan(5);
    const dx = new Float32Array(40);
    dropoutBackward(r2, mask, dx, 40);
    checkGrad("dropout", dropLoss, x, dx, sample(40, 99, rng));
  });

  it("softmax cross-entropy leaves a sampled negative equal to the positive out", () => {
    const rng = new Random(7);
    const [N, C] = [3, 5];
    const z = rand(N * C, rng, 3);
    const pos = Int32Array.from([7, 8, 9]);
    const negs = Int32Array.from([1, 8, 2, 3]);
    const w = Float32Array.from([1, 0.5, 0.25]);
    const dz = new Float32Array(N * C);
    const loss = () => softmaxCe(z, N, C, new Float32Array(N * C), w, 0.7, pos, negs);
    softmaxCe(z, N, C, dz, w, 0.7, pos, negs);
    expect(dz[1 * C + 2]).toBe(0);
    checkGrad("dz", loss, z, dz, sample(z.length, 99, rng));
  });

  it("sampled softmax head with the counterfactual (CFT) term", () => {
    const rng = new Random(8);
    const [M, K, d, nItems, U] = [6, 4, 3, 7, 2];
    const head = new SampledSoftmax(M, K, d, U);
    head.sample(nItems, rng);
    const h = rand(M * d, rng);
    const hcf = rand(U * d, rng);
    const emb = rand(nItems * d, rng);
    const pos = Int32Array.from([0, 1, 2, 3, 4, 5]);
    const cfRow = Int32Array.from([0, 1, 0, 1, 0, 1]);
    const weights = Float32Array.from([1, 0.85, 0.7, 0.55, 0.4, 0.25]);
    const bias = rand(nItems, rng);
    let dBias = new Float32Array(nItems);
    const run = (dEmb: Float32Array, dh: Float32Array, dhcf: Float32Array) =>
      head.step(h, pos, M, emb, dEmb, dh, { b: bias, db: dBias }, { hcf, U, cfRow, weights, lambda: 0.3, dhcf });
    const loss = () => {
      dBias = new Float32Array(nItems);
      return run(new Float32Array(emb.length), new Float32Array(h.length), new Float32Array(hcf.length));
    };
    const dEmb = new Float32Array(emb.length);
    const dh = new Float32Array(h.length);
    const dhcf = new Float32Array(hcf.length);
    run(dEmb, dh, dhcf);
    const db = dBias;
    checkGrad("dbias", loss, bias, db, sample(nItems, 99, rng));
    checkGrad("dh", loss, h, dh, sample(h.length, 99, rng));
    checkGrad("dhcf", loss, hcf, dhcf, sample(hcf.length, 99, rng));
    checkGrad("demb", loss, emb, dEmb, sample(emb.length, 99, rng));
  });
});

describe("Adam", () => {
  it("minimises a quadratic", () => {
    const x = Float32Array.from([3, -2]);
    const g = new Float32Array(2);
    const opt = new Adam(x, g, 0.1);
    for (let i = 0; i < 300; i++) {
      g[0] = 2 * (x[0] - 1);
      g[1] = 2 * (x[1] + 0.5);
      opt.step();
    }
    expect(x[0]).toBeCloseTo(1, 2);
    expect(x[1]).toBeCloseTo(-0.5, 2);
  });
});
