import { describe, expect, it } from "vitest";
import { Adam } from "../../agents/learning/adam.ts";
import { addLogProbGrad, initParams, logits, logProb, paramCount, softmax } from "../../agents/learning/network.ts";
import { Random } from "../../agents/random.ts";

const shape = { inputs: 7, hidden: 5 };

function randomCase(seed: number) {
  const rng = new Random(seed);
  const p = initParams(shape, seed, 2, 1.5);
  for (let k = 0; k < p.length; k++) p[k] += 0.5 * rng.normal();
  const n = 4;
  const x = new Float64Array(n * shape.inputs);
  for (let k = 0; k < x.length; k++) x[k] = rng.normal();
  return { p, x, n };
}

describe("policy network", () => {
  it("its log-probability gradient matches finite differences", () => {
    for (let seed = 1; seed <= 3; seed++) {
      const { p, x, n } = randomCase(seed);
      for (let chosen = 0; chosen < n; chosen++) {
        const prob = new Float64Array(n);
        logits(shape, p, x, n, prob);
        softmax(prob, n);
        const grad = new Float64Array(paramCount(shape));
        addLogProbGrad(shape, p, x, n, prob, chosen, 1, grad);
        const h = 1e-6;
        let worst = 0;
        for (let k = 0; k < p.length; k++) {
          const keep = p[k];
          p[k] = keep + h;
          const up = logProb(shape, p, x, n, chosen);
          p[k] = keep - h;
          const down = logProb(shape, p, x, n, chosen);
          p[k] = keep;
          worst = Math.max(worst, Math.abs((up - down) / (2 * h) - grad[k]));
        }
        expect(worst).toBeLessThan(1e-6);
        expect(grad.some((g) => Math.abs(g) > 1e-3)).toBe(true);
      }
    }
  });

  it("starts as the lookahead rule: only the gain weight is set and the hidden layer is silent", () => {
    const p = initParams(shape, 7, 3, 10);
    const x = new Float64Array(3 * shape.inputs);
    x[0 * shape.inputs + 3] = 0.1;
    x[1 * shape.inputs + 3] = 0.5;
    x[2 * shape.inputs + 3] = -0.2;
    for (let a = 0; a < 3; a++) x[a * shape.inputs + 0] = 1 + a;
    const z = new Float64Array(3);
    logits(shape, p, x, 3, z);
    expect(Array.from(z)).toEqual([1, 5, -2]);
  });

  it("Adam ascends a concave objective to its maximum", () => {
    const p = new Float64Array([3, -2]);
    const adam = new Adam(2, 0.1);
    for (let t = 0; t < 500; t++) adam.step(p, new Float64Array([-(p[0] - 1), -(p[1] + 0.5)]));
    expect(p[0]).toBeCloseTo(1, 2);
    expect(p[1]).toBeCloseTo(-0.5, 2);
  });
});
