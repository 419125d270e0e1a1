/**
 * Interned words: every word's letters in one byte buffer and an open-addressing table of ids, instead of a
 * string and a map entry per word. A million-item catalog has about a million distinct words; held this
 * way they are three typed arrays, which a garbage collection does not walk.
 */

/** FNV-1a over a word's characters, leaving out the one at `skip` (-1: none): a word and its one-letter deletions hash alike. */
export function wordHash(word: string, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) if (i !== skip) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class Vocabulary {
  private chars = new Uint8Array(1 << 16);
  /** Word w's letters are chars[starts[w] .. starts[w + 1]). */
  private starts = new Int32Array(1 << 12);
  /** Word id + 1 at each slot; 0 is empty. */
  private slots = new Int32Array(1 << 12);
  size = 0;

  /** The id of `word` with its letter at `skip` left out (-1: none), or -1 when it is not a word here. */
  find(word: string, skip = -1): number {
    return this.slots[this.slotOf(word, skip)] - 1;
  }

  /** The id of `word`, added when new. Words are folded (letters and digits, see text.ts): one byte a letter. */
  add(word: string): number {
    const s = this.slotOf(word, -1);
    if (this.slots[s] !== 0) return this.slots[s] - 1;
    if (!/^[\x00-\x7f]*$/.test(word)) throw new Error(`vocabulary: "${word}" is not a folded word`);
    const id = this.size++;
    if (id + 2 > this.starts.length) this.starts = grown(this.starts, this.starts.length * 2);
    const at = this.starts[id];
    if (at + word.length > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, at + word.length));
    for (let i = 0; i < word.length; i++) this.chars[at + i] = word.charCodeAt(i);
    this.starts[id + 1] = at + word.length;
    this.slots[s] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  /** The slot holding `word` (its letter at `skip` left out), or the empty slot where it would go. */
  private slotOf(word: string, skip: number): number {
    const mask = this.slots.length - 1;
    let s = wordHash(word, skip) & mask;
    for (let id = this.slots[s] - 1; id >= 0 && !this.equals(id, word, skip); id = this.slots[s] - 1) s = (s + 1) & mask;
    return s;
  }

  length(id: number): number {
    return this.starts[id + 1] - this.starts[id];
  }

  word(id: number): string {
    return String.fromCharCode(...this.chars.subarray(this.starts[id], this.starts[id + 1]));
  }

  /**
   * Word `id`, or word `id` with one of its letters left out, is `other` without its letter at `skip` (-1:
   * none): the two words meet in the symmetric-deletion typo index.
   */
  meets(id: number, other: string, skip = -1): boolean {
    const m = other.length - (skip >= 0 ? 1 : 0);
    const n = this.length(id);
    if (n === m) return this.equals(id, other, skip);
    if (n !== m + 1) return false;
    // Letter p of the variant is other[p], or other[p + 1] from `skip` on; the word's extra letter is the first that differs.
    const at = this.starts[id];
    let p = 0;
    while (p < m && this.chars[at + p] === other.charCodeAt(skip >= 0 && p >= skip ? p + 1 : p)) p++;
    for (; p < m; p++) if (this.chars[at + p + 1] !== other.charCodeAt(skip >= 0 && p >= skip ? p + 1 : p)) return false;
    return true;
  }

  /** Word `id` is `other` with the letter at `skip` left out (-1: none). */
  equals(id: number, other: string, skip = -1): boolean {
    const at = this.starts[id];
    const n = this.starts[id + 1] - at;
    if (n !== other.length - (skip >= 0 ? 1 : 0)) return false;
    for (let i = 0, j = 0; i < n; i++, j++) {
      if (j === skip) j++;
      if (this.chars[at + i] !== other.charCodeAt(j)) return false;
    }
    return true;
  }

  /** Drops the spare capacity once every word is in. */
  trim(): void {
    this.chars = this.chars.slice(0, this.starts[this.size]);
    this.starts = this.starts.slice(0, this.size + 1);
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let h = 0x811c9dc5;
      for (let i = this.starts[id]; i < this.starts[id + 1]; i++) h = Math.imul(h ^ this.chars[i], 0x01000193);
      let s = (h >>> 0) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = id + 1;
    }
  }
}

function grown<T extends Uint8Array | Int32Array>(a: T, length: number): T {
  const next = new (a.constructor as new (n: number) => T)(length);
  next.set(a);
  return next;
}
