/**
 * Read-only views of the served graph for the API: item cards, attribute references and search.
 * Built once at start; lookups allocate only the objects they return.
 */
import { degree, row, type Graph } from "../graph/types.ts";
import { hasAttribute } from "../agents/dialogue/candidates.ts";
import { ProtocolError, type AttributeRef } from "./protocol.ts";

export interface ItemView {
  id: number;
  key: string;
  title: string;
  attributes: AttributeRef[];
  popularity: number;
}

export class Catalog {
  /** Lower-cased titles and attribute names, for substring search. */
  private readonly titleLower: string[];
  private readonly attrLower: string[];
  /** Items by descending train popularity, the order search results come in. */
  private readonly byPopularity: Int32Array;
  /** One shared reference object per attribute: cards list them without allocating. */
  private readonly attrRefs: readonly AttributeRef[];

  constructor(readonly graph: Graph) {
    this.titleLower = graph.itemTitle.map((t) => t.toLowerCase());
    this.attrLower = graph.attrName.map((a) => a.toLowerCase());
    const order = Int32Array.from({ length: graph.nItems }, (_, i) => i);
    order.sort((a, b) => degree(graph.itemUsers, b) - degree(graph.itemUsers, a) || a - b);
    this.byPopularity = order;
    this.attrRefs = Array.from({ length: graph.nAttributes }, (_, a) => {
      const types = row(graph.attrTypes, a);
      return Object.freeze({ id: a, name: graph.attrName[a], type: types.length > 0 ? graph.typeNames[types[0]] : "attribute" });
    });
  }

  hasItem(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.graph.nItems;
  }

  hasAttribute(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.graph.nAttributes;
  }

  /** Whether a (valid) item holds a (valid) attribute. */
  itemHas(item: number, attribute: number): boolean {
    return hasAttribute(this.graph, item, attribute);
  }

  attribute(id: number): AttributeRef {
    return this.attrRefs[id];
  }

  /** The item's attributes; those in `first` lead, each group in catalog order. */
  itemAttributes(item: number, first: readonly number[] = []): AttributeRef[] {
    const attrs = row(this.graph.itemAttrs, item);
    const out: AttributeRef[] = new Array(attrs.length);
    let k = 0;
    if (first.length > 0) for (let i = 0; i < attrs.length; i++) if (first.includes(attrs[i])) out[k++] = this.attrRefs[attrs[i]];
    for (let i = 0; i < attrs.length; i++) if (first.length === 0 || !first.includes(attrs[i])) out[k++] = this.attrRefs[attrs[i]];
    return out;
  }

  item(id: number): ItemView {
    if (!this.hasItem(id)) throw new ProtocolError("not_found", `no item ${id} in this catalog`, 404);
    const g = this.graph;
    return {
      id,
      key: g.itemKey[id],
      title: g.itemTitle[id],
      attributes: this.itemAttributes(id),
      popularity: degree(g.itemUsers, id),
    };
  }

  /** Items whose title, or one of whose attribute names, contains `query` (case-insensitive), most popular first. */
  search(query: string, limit: number): ItemView[] {
    const q = query.trim().toLowerCase();
    const out: ItemView[] = [];
    if (!q) return out;
    const attrHit = new Uint8Array(this.graph.nAttributes);
    let anyAttr = false;
    for (let a = 0; a < attrHit.length; a++) {
      if (this.attrLower[a].includes(q)) {
        attrHit[a] = 1;
        anyAttr = true;
      }
    }
    for (let k = 0; k < this.byPopularity.length && out.length < limit; k++) {
      const i = this.byPopularity[k];
      let hit = this.titleLower[i].includes(q);
      if (!hit && anyAttr) {
        const attrs = row(this.graph.itemAttrs, i);
        for (let j = 0; j < attrs.length && !hit; j++) hit = attrHit[attrs[j]] === 1;
      }
      if (hit) out.push(this.item(i));
    }
    return out;
  }

  /** Dense user id for a catalog user key, or -1 for an unknown user (a cold start). */
  userId(key: string | null): number {
    if (key === null) return -1;
    const i = this.userIndex().get(key);
    return i ?? -1;
  }

  private users?: Map<string, number>;
  private userIndex(): Map<string, number> {
    this.users ??= new Map(this.graph.userKey.map((k, i) => [k, i]));
    return this.users;
  }
}
