import { IntColumn } from "../../graph/growable.ts";
import { isCommonWord } from "./common-words.ts";
import { wordHash, type Vocabulary } from "./vocabulary.ts";

/** Words at least this long are also found by their consonants ("interstaller" for "interstellar"). */
const LONG = 8;
/** …when that many consonants or more remain, so short skeletons do not collide. */
const MIN_CONSONANTS = 5;
/** Keeps a skeleton's key apart from a deletion's of the same letters. */
const SKELETON_SALT = 0x5bd1e995;

/** The key a skeleton is indexed under. */
const skeletonKey = (bones: string): number => (wordHash(bones) ^ SKELETON_SALT) >>> 0;

/** A long word's letters without its vowels ("interstellar" → "ntrstllr"), or null for a short one. */
function skeleton(word: string): string | null {
  if (word.length < LONG) return null;
  const s = word.replace(/[aeiou]/g, "");
  return s.length >= MIN_CONSONANTS ? s : null;
}

/**
 * Title words by each of their one-letter deletions (symmetric deletions: a word one deletion, insertion,
 * substitution or swap away shares a deletion with it), and long ones also by their consonants: vowels are
 * what people most often get wrong in a long name, two at a time too ("interstaller", "shawshenk"). Held as
 * word ids grouped by the hash of each key, in one flat array; a lookup checks the letters, so a hash
 * collision never matches.
 */
export class TypoIndex {
  /** Each (deletion's hash, word) entry while words are added; null once built. */
  private adding: { hashes: IntColumn; words: IntColumn } | null = { hashes: new IntColumn(), words: new IntColumn() };
  /** Entries of the bucket b are ids[offsets[b] .. offsets[b + 1]), in the order the words were added. */
  private offsets = new Int32Array(1);
  private ids = new Int32Array(0);
  /** Keys that are left out: an everyday word is no typo of a title's word ("about" is not "abbot"). */
  private readonly dropped = new Set<number>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Indexes word `id` (`word` its letters) under itself and each of its deletions. */
  add(id: number, word: string): void {
    const { hashes, words } = this.adding!;
    for (let skip = -1; skip < word.length; skip++) {
      hashes.push(wordHash(word, skip));
      words.push(id);
    }
    const bones = skeleton(word);
    if (bones !== null) {
      hashes.push(skeletonKey(bones));
      words.push(id);
    }
  }

  /** No word is found through the vocabulary's word `id` as a key. */
  drop(id: number): void {
    this.dropped.add(id);
  }

  /** Groups the entries by bucket, keeping their order within each (a stable counting sort). */
  build(): void {
    const n = this.adding!.words.length;
    let buckets = 1;
    while (buckets < n) buckets *= 2;
    const mask = buckets - 1;
    const hashes = this.adding!.hashes.view();
    const words = this.adding!.words.view();
    const offsets = new Int32Array(buckets + 1);
    for (let e = 0; e < n; e++) offsets[(hashes[e] & mask) + 1]++;
    for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
    const fill = offsets.slice(0, buckets);
    const ids = new Int32Array(n);
    for (let e = 0; e < n; e++) ids[fill[hashes[e] & mask]++] = words[e];
    this.offsets = offsets;
    this.ids = ids;
    this.adding = null;
  }

  /**
   * Indexed words that share `word` or one of its deletions, in the order a key-by-key scan finds them:
   * the keys `word`, then `word` without its first letter, its second, and so on; within a key, words in
   * the order they were added. When none does, a long word that is no everyday word finds the long words
   * with its first letter and its consonants in order.
   */
  near(word: string): number[] {
    const out: number[] = [];
    const mask = this.offsets.length - 2;
    for (let skip = -1; skip < word.length; skip++) {
      const b = wordHash(word, skip) & mask;
      // Whether the key is dropped is asked only once it finds a word: most keys find none.
      let open = false;
      for (let e = this.offsets[b]; e < this.offsets[b + 1]; e++) {
        const c = this.ids[e];
        if (out.includes(c) || !this.vocabulary.meets(c, word, skip)) continue;
        if (!open && this.dropped.has(this.vocabulary.find(word, skip))) break;
        open = true;
        out.push(c);
      }
    }
    const bones = out.length === 0 && !isCommonWord(word) ? skeleton(word) : null;
    if (bones !== null) {
      const b = skeletonKey(bones) & mask;
      for (let e = this.offsets[b]; e < this.offsets[b + 1]; e++) {
        const c = this.ids[e];
        const other = this.vocabulary.word(c);
        if (other[0] === word[0] && skeleton(other) === bones && !this.dropped.has(c) && !out.includes(c)) out.push(c);
      }
    }
    return out;
  }
}
