/**
 * Stored sessions expire: a background sweep deletes the ones untouched for the configured time
 * (`PATHWISE_SESSION_TTL`), a batch at a time so no single delete holds the database long.
 */
import type { Store } from "./store.ts";

/** Sessions deleted per statement; the sweep runs batches until one comes back short. */
const BATCH = 500;
/** The sweep runs every half TTL, at least once a second and at most every ten minutes. */
const sweepEvery = (ttlMs: number) => Math.min(10 * 60_000, Math.max(1000, ttlMs / 2));

export interface Sweeper {
  /** Deletes every session idle longer than the TTL now; returns how many. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

export function startSweeper(store: Store, ttlSeconds: number, onError: (err: unknown) => void, onSwept?: (n: number) => void): Sweeper {
  const ttlMs = ttlSeconds * 1000;
  let running: Promise<number> | null = null;
  const sweep = () =>
    (running ??= (async () => {
      let total = 0;
      try {
        const cutoff = Date.now() - ttlMs;
        for (let n = BATCH; n === BATCH; ) {
          n = await store.deleteIdleSessions(cutoff, BATCH);
          total += n;
        }
      } finally {
        running = null;
      }
      if (total > 0) onSwept?.(total);
      return total;
    })());
  const timer = setInterval(() => sweep().catch(onError), sweepEvery(ttlMs));
  timer.unref();
  void sweep().catch(onError);
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
