/**
 * Positions of the `k` largest of keys[0..n), ascending; ties go to the lower position. One pass with a
 * bounded min-heap: most keys are compared with its root only, so a large n costs little more than a read.
 */
export function topPositions(keys: Float32Array | Float64Array, n: number, k: number): Int32Array {
  const size = Math.min(k, n);
  const key = new Float64Array(size);
  const pos = new Int32Array(size);
  // The root is the worst kept: the lowest key, then the highest position.
  const worse = (a: number, b: number) => key[a] < key[b] || (key[a] === key[b] && pos[a] > pos[b]);
  const swap = (a: number, b: number) => {
    const tk = key[a];
    key[a] = key[b];
    key[b] = tk;
    const tp = pos[a];
    pos[a] = pos[b];
    pos[b] = tp;
  };
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const c = l + 1 < size && worse(l + 1, l) ? l + 1 : l;
      if (!worse(c, i)) return;
      swap(i, c);
      i = c;
    }
  };
  for (let j = 0; j < size; j++) {
    key[j] = keys[j];
    pos[j] = j;
  }
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
  for (let j = size; j < n; j++) {
    // A later position loses a tie, so only a strictly larger key enters.
    if (keys[j] > key[0]) {
      key[0] = keys[j];
      pos[0] = j;
      down(0);
    }
  }
  return pos.sort();
}
