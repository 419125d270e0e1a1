/** Fixed-size bitsets over `Uint32Array` words: bit i of word i >>> 5. */

export function wordsFor(nBits: number): number {
  return (nBits + 31) >>> 5;
}

/** Sets the bits of `ids` in `words` (which the caller has cleared or wants added to). */
export function setBits(words: Uint32Array, ids: ArrayLike<number>): void {
  for (let i = 0; i < ids.length; i++) words[ids[i] >>> 5] |= 1 << (ids[i] & 31);
}

export function hasBit(words: Uint32Array, id: number): boolean {
  return (words[id >>> 5] & (1 << (id & 31))) !== 0;
}

/** dst &= src */
export function andInto(dst: Uint32Array, src: Uint32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] &= src[w];
}

/** dst &= ~src */
export function andNotInto(dst: Uint32Array, src: Uint32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] &= ~src[w];
}

/** Sets bits 0..nBits-1 and clears the padding bits of the last word. */
export function fillOnes(words: Uint32Array, nBits: number): void {
  words.fill(0xffffffff);
  const tail = nBits & 31;
  if (tail) words[words.length - 1] = (1 << tail) - 1;
}

export function popcount(words: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < words.length; w++) {
    let x = words[w];
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Writes the set bits in ascending order into `out`; returns how many (at most out.length are written). */
export function toIds(words: Uint32Array, out: Int32Array): number {
  let n = 0;
  for (let w = 0; w < words.length && n < out.length; w++) {
    let x = words[w];
    while (x !== 0 && n < out.length) {
      const low = x & -x;
      out[n++] = (w << 5) + (31 - Math.clz32(low));
      x ^= low;
    }
  }
  return n;
}
