import { importDataset } from "../../graph/import/index.ts";
import type { Graph } from "../../graph/types.ts";
import { Lexicon } from "../../agents/language/lexicon.ts";
import { MOVIELENS_SMALL, shared } from "../shared.ts";

let graph: Graph | null = null;
let lexicon: Lexicon | null = null;

/** The embedded MovieLens-small imported for real (genres, decades, tags), once per test file. */
export function movieLens(): { graph: Graph; lexicon: Lexicon } {
  graph ??= importDataset("movielens", MOVIELENS_SMALL);
  lexicon ??= new Lexicon(graph);
  return { graph, lexicon };
}

export const TINY_MODEL = shared("models", "tinyllamas-stories-260k-f32.gguf");
export const REDIAL = shared("data", "redial", "test_data.first900.jsonl");

/** Id of the attribute with this exact name (and type, when names repeat across types). */
export function attr(g: Graph, name: string, type = "genre"): number {
  for (let a = 0; a < g.nAttributes; a++) {
    const t = g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]];
    if (g.attrName[a] === name && t === type) return a;
  }
  throw new Error(`no ${type} attribute ${name}`);
}

export function item(g: Graph, title: string): number {
  const i = g.itemTitle.indexOf(title);
  if (i < 0) throw new Error(`no item ${title}`);
  return i;
}
