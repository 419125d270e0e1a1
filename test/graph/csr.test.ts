import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildCsr, transpose } from "../../graph/csr.ts";
import { row, rowHas } from "../../graph/types.ts";
import { parseCsvLine } from "../../graph/import/csv.ts";

describe("CSR", () => {
  it("sorts rows, drops repeated edges and transposes to the same edge set", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 14 })), { maxLength: 80 }), (edges) => {
        const csr = buildCsr(10, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]));
        const unique = [...new Set(edges.map(([r, c]) => `${r},${c}`))];
        expect(csr.ids.length).toBe(unique.length);
        for (let r = 0; r < 10; r++) {
          const expected = [...new Set(edges.filter((e) => e[0] === r).map((e) => e[1]))].sort((a, b) => a - b);
          expect([...row(csr, r)]).toEqual(expected);
        }
        const t = transpose(csr, 15);
        for (let c = 0; c < 15; c++) {
          expect([...row(t, c)]).toEqual([...new Set(edges.filter((e) => e[1] === c).map((e) => e[0]))].sort((a, b) => a - b));
        }
      }),
    );
  });

  it("finds exactly the ids a row holds, at its ends, in the middle and in empty rows", () => {
    // Rows: 0 -> [1, 4, 9], 1 -> [], 2 -> [0, 2, 3, 7].
    const csr = { offsets: Int32Array.of(0, 3, 3, 7), ids: Int32Array.of(1, 4, 9, 0, 2, 3, 7) };
    const held = (r: number) => [...Array(11).keys()].filter((id) => rowHas(csr, r, id));
    expect(held(0)).toEqual([1, 4, 9]);
    expect(held(1)).toEqual([]);
    expect(held(2)).toEqual([0, 2, 3, 7]);
  });

  it("rejects an edge outside the rows", () => {
    expect(() => buildCsr(2, Int32Array.of(2), Int32Array.of(0))).toThrow(/outside/);
  });
});

describe("CSV records", () => {
  it("reads quoted commas, doubled quotes and open quotes", () => {
    expect(parseCsvLine('11,"American President, The (1995)",Comedy|Drama|Romance')).toEqual(["11", "American President, The (1995)", "Comedy|Drama|Romance"]);
    expect(parseCsvLine('1,"say ""hi""",')).toEqual(["1", 'say "hi"', ""]);
    expect(parseCsvLine('1,"open')).toBeNull();
  });
});
