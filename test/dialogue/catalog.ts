import { tinyGraph } from "./tiny-graph.ts";

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);

/**
 * 80 items that all hold attribute 0 (the one users state). Attribute 1 splits them in half
 * (items 0-39), 2 holds 10% (0-7), 3 holds 90% (0-71), 4 a quarter (40-59); 5-8 are the four
 * quarters (0-19, 20-39, 40-59, 60-79) and share type 0. Users 0-5 interacted with the first
 * quarter (item 19 held out), users 6-11 with the last quarter; items 0 and 1 are the most popular.
 */
export function quarterCatalog() {
  const holders: number[][] = [range(0, 80), range(0, 40), range(0, 8), range(0, 72), range(40, 60), range(0, 20), range(20, 40), range(40, 60), range(60, 80)];
  const items: number[][] = range(0, 80).map(() => []);
  holders.forEach((its, a) => its.forEach((i) => items[i].push(a)));
  const users = [
    ...range(0, 6).map((u) => [0, 1, ...range(2, 19).filter((i) => (i + u) % 3 !== 0)]),
    ...range(6, 12).map((u) => [0, ...range(60, 80).filter((i) => (i + u) % 3 !== 0)]),
  ];
  return tinyGraph({
    items,
    attrTypes: [[2], [1], [0], [1], [1], [0], [0], [0], [0]],
    typeNames: ["quarter", "half", "root"],
    users,
  });
}
