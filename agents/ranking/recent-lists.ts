/**
 * The last few neighbour lists a source gave, by item and length. A conversation over a catalog larger than
 * its candidate cap asks for its named items' neighbours again at every retrieval
 * (agents/dialogue/candidate-cap.ts), and on a million items an HNSW search costs milliseconds. A list is
 * returned as it was made: callers only read it. Least recently asked out first.
 */
export class RecentLists {
  private readonly lists = new Map<number, Int32Array>();

  constructor(private readonly size = 64) {}

  /** The list for (item, k), made by `make` unless kept. */
  get(item: number, k: number, make: (item: number, k: number) => Int32Array): Int32Array {
    // k is a list length (hundreds), far below 2^20; item ids stay below 2^32.
    const key = item * 1_048_576 + k;
    const kept = this.lists.get(key);
    if (kept) {
      this.lists.delete(key);
      this.lists.set(key, kept);
      return kept;
    }
    const list = make(item, k);
    this.lists.set(key, list);
    if (this.lists.size > this.size) this.lists.delete(this.lists.keys().next().value as number);
    return list;
  }
}
