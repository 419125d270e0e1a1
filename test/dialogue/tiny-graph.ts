import { buildCsr, transpose } from "../../graph/csr.ts";
import type { Csr, Graph } from "../../graph/types.ts";

/**
 * A small hand-built catalog for dialogue tests: items with attribute lists, attributes with
 * types, users with train items. CSRs built with the graph's own builders.
 */
export interface TinySpec {
  /** itemAttrs[i] = attributes of item i. */
  items: number[][];
  /** attrType[a] = the types of attribute a. */
  attrTypes: number[][];
  typeNames: string[];
  /** users[u] = train items of user u. */
  users: number[][];
}

function csrOf(rows: number[][]): Csr {
  const src: number[] = [];
  const dst: number[] = [];
  rows.forEach((r, i) => r.forEach((x) => (src.push(i), dst.push(x))));
  return buildCsr(rows.length, Int32Array.from(src), Int32Array.from(dst));
}

export function tinyGraph(spec: TinySpec): Graph {
  const nItems = spec.items.length;
  const nAttributes = spec.attrTypes.length;
  const nUsers = spec.users.length;
  const itemAttrs = csrOf(spec.items);
  const attrTypes = csrOf(spec.attrTypes);
  const userItems = csrOf(spec.users);
  const user: number[] = [];
  const item: number[] = [];
  spec.users.forEach((its, u) => its.forEach((i) => (user.push(u), item.push(i))));
  const n = user.length;
  return {
    manifest: {
      version: 1,
      format: "catalog",
      name: "tiny",
      createdAt: "2026-01-01T00:00:00.000Z",
      hasTimestamps: false,
      hasRatings: false,
      counts: { users: nUsers, items: nItems, attributes: nAttributes, interactions: n, splits: { train: n } },
      sources: {},
    },
    nUsers,
    nItems,
    nAttributes,
    typeNames: spec.typeNames,
    attrTypes,
    typeAttrs: transpose(attrTypes, spec.typeNames.length),
    itemAttrs,
    attrItems: transpose(itemAttrs, nAttributes),
    userItems,
    itemUsers: transpose(userItems, nItems),
    friends: csrOf(spec.users.map(() => [])),
    likes: csrOf(spec.users.map(() => [])),
    interactions: {
      user: Int32Array.from(user),
      item: Int32Array.from(item),
      rating: new Float32Array(n).fill(NaN),
      time: new Float64Array(n).fill(NaN),
      split: new Uint8Array(n),
    },
    itemTitle: spec.items.map((_, i) => `item ${i}`),
    attrName: spec.attrTypes.map((_, a) => `attr ${a}`),
    itemKey: spec.items.map((_, i) => String(i)),
    userKey: spec.users.map((_, u) => String(u)),
    itemText: spec.items.map(() => ""),
  };
}
