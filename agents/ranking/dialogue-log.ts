import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Graph } from "../../graph/types.ts";
import type { ItemNeighbours } from "../dialogue/context.ts";

/** One logged conversation as catalog items: what either side mentioned, and what the recommender suggested. */
export interface LoggedDialogue {
  readonly mentioned: readonly number[];
  readonly recommended: readonly number[];
}

/**
 * What a deployment learns from its own chat logs (or from logged ReDial dialogues): how often the
 * recommenders suggested each item, and which items were mentioned in the same conversation. The first
 * is a prior over what gets recommended in conversation (recent, well-known films more than the rating
 * log's favourites); the second is a neighbour list for named items, beside the vector index.
 */
export class DialogueLog implements ItemNeighbours {
  /** log(1 + times suggested by a recommender) per item. */
  readonly popularity: Float32Array;
  private readonly pairs = new Map<number, Map<number, number>>();
  private readonly sorted = new Map<number, Int32Array>();
  readonly dialogues: number;

  constructor(nItems: number, logs: readonly LoggedDialogue[]) {
    const suggested = new Float32Array(nItems);
    for (const d of logs) {
      for (const i of new Set(d.recommended)) suggested[i]++;
      const items = [...new Set(d.mentioned)];
      for (const a of items) {
        let row = this.pairs.get(a);
        if (!row) this.pairs.set(a, (row = new Map()));
        for (const b of items) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
    this.popularity = suggested.map((c) => Math.log1p(c));
    this.dialogues = logs.length;
  }

  /** Items mentioned with `item` in most conversations, ties to the more often suggested. */
  neighbours(item: number, k: number): Int32Array {
    let all = this.sorted.get(item);
    if (!all) {
      const row = this.pairs.get(item);
      const entries = row ? [...row.entries()] : [];
      entries.sort((x, y) => y[1] - x[1] || this.popularity[y[0]] - this.popularity[x[0]] || x[0] - y[0]);
      all = Int32Array.from(entries, (e) => e[0]);
      this.sorted.set(item, all);
    }
    return all.subarray(0, k);
  }

  /** How many conversations mention both. */
  together(a: number, b: number): number {
    return this.pairs.get(a)?.get(b) ?? 0;
  }
}

/** Stored form: items by their catalog keys, so a log outlives a re-import of the same catalog. */
interface StoredLog {
  readonly format: "pathwise-dialogue-log";
  readonly dialogues: readonly { readonly mentioned: readonly string[]; readonly recommended: readonly string[] }[];
}

const FILE = "dialogue-log.json";

export function saveDialogueLog(workspace: string, g: Graph, logs: readonly LoggedDialogue[]): void {
  const stored: StoredLog = {
    format: "pathwise-dialogue-log",
    dialogues: logs.map((d) => ({ mentioned: d.mentioned.map((i) => g.itemKey[i]), recommended: d.recommended.map((i) => g.itemKey[i]) })),
  };
  const file = path.join(workspace, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(stored));
  renameSync(`${file}.tmp`, file);
}

/** The workspace's logged dialogues (`pathwise import --dialogues`), or null when it has none. */
export function loadDialogueLog(workspace: string, g: Graph): DialogueLog | null {
  const file = path.join(workspace, FILE);
  if (!existsSync(file)) return null;
  const stored = JSON.parse(readFileSync(file, "utf8")) as StoredLog;
  const byKey = new Map(g.itemKey.map((k, i) => [k, i]));
  const ids = (keys: readonly string[]) => keys.map((k) => byKey.get(k)).filter((i): i is number => i !== undefined);
  return new DialogueLog(g.nItems, stored.dialogues.map((d) => ({ mentioned: ids(d.mentioned), recommended: ids(d.recommended) })));
}
