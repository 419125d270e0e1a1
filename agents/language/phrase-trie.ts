/**
 * A trie over word ids in typed arrays: node 0 is the root, an edge is found through one hash table keyed by
 * (parent, word), and a node's children are kept in the order they were added (a series name collects the
 * titles under it in that order). A million titles make a few million nodes: a few flat arrays, not a map
 * per node.
 */
export class PhraseTrie {
  private parent = new Int32Array(1 << 12);
  private word = new Int32Array(1 << 12);
  /** The node's phrase id, -1 when no phrase ends here. */
  private phraseAt = new Int32Array(1 << 12).fill(-1);
  private first = new Int32Array(1 << 12).fill(-1);
  private last = new Int32Array(1 << 12).fill(-1);
  private next = new Int32Array(1 << 12).fill(-1);
  /** Child node id at each slot of the edge table; 0 (the root, never a child) is empty. */
  private slots = new Int32Array(1 << 13);
  size = 1;

  /** The child of `node` along `word`, -1 when there is none. */
  child(node: number, word: number): number {
    const c = this.slots[this.slotOf(node, word)];
    return c === 0 ? -1 : c;
  }

  /** The child of `node` along `word`, added (as its last child) when new. */
  add(node: number, word: number): number {
    const s = this.slotOf(node, word);
    if (this.slots[s] !== 0) return this.slots[s];
    const c = this.size++;
    if (c === this.parent.length) this.grow();
    this.parent[c] = node;
    this.word[c] = word;
    if (this.last[node] < 0) this.first[node] = c;
    else this.next[this.last[node]] = c;
    this.last[node] = c;
    this.slots[s] = c;
    if (this.size * 2 > this.slots.length) this.rehash();
    return c;
  }

  /** The slot holding the edge (node, word), or the empty slot where it would go. */
  private slotOf(node: number, word: number): number {
    const mask = this.slots.length - 1;
    let s = edgeHash(node, word) & mask;
    for (let c = this.slots[s]; c !== 0 && (this.parent[c] !== node || this.word[c] !== word); c = this.slots[s]) s = (s + 1) & mask;
    return s;
  }

  /** The node at the end of `words` from the root, added where missing. */
  addPath(words: readonly number[]): number {
    let node = 0;
    for (const w of words) node = this.add(node, w);
    return node;
  }

  /** The node reached from the root along `words`, -1 when the path leaves the trie. */
  walk(words: ArrayLike<number>, from = 0, to = words.length): number {
    let node = 0;
    for (let k = from; k < to && node >= 0; k++) node = words[k] < 0 ? -1 : this.child(node, words[k]);
    return node;
  }

  phrase(node: number): number {
    return this.phraseAt[node];
  }

  setPhrase(node: number, phrase: number): void {
    this.phraseAt[node] = phrase;
  }

  /** The word on the edge into `node`. */
  wordOf(node: number): number {
    return this.word[node];
  }

  firstChild(node: number): number {
    return this.first[node];
  }

  nextSibling(node: number): number {
    return this.next[node];
  }

  /** Drops the spare capacity (and what only adding needs) once every phrase is in. */
  trim(): void {
    const n = this.size;
    this.parent = this.parent.slice(0, n);
    this.word = this.word.slice(0, n);
    this.phraseAt = this.phraseAt.slice(0, n);
    this.first = this.first.slice(0, n);
    this.next = this.next.slice(0, n);
    this.last = new Int32Array(0);
  }

  private grow(): void {
    const n = this.parent.length * 2;
    const copy = (a: Int32Array, fill: number) => {
      const b = new Int32Array(n).fill(fill);
      b.set(a);
      return b;
    };
    this.parent = copy(this.parent, 0);
    this.word = copy(this.word, 0);
    this.phraseAt = copy(this.phraseAt, -1);
    this.first = copy(this.first, -1);
    this.last = copy(this.last, -1);
    this.next = copy(this.next, -1);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let c = 1; c < this.size; c++) this.slots[this.slotOf(this.parent[c], this.word[c])] = c;
  }
}

function edgeHash(node: number, word: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}
