/**
 * The sessions in memory, least recently used first. Memory is a cache: the store keeps every
 * session and a missing one is rebuilt from its turns (`turn-log.ts`), so memory holds the
 * conversations in progress, not every one since the start (each keeps ~100 KB of candidate arrays).
 * A session leaves when the last connection holding it lets go and its queued turns are done;
 * sessions used over REST only stay until the `maxLive` bound evicts them. A session that is held
 * or busy is never evicted.
 */
import type { Live } from "./live.ts";

export class LiveCache {
  private readonly live = new Map<string, Live>();

  constructor(private readonly maxLive: number) {}

  get size(): number {
    return this.live.size;
  }

  /** The cached session, marked as the most recently used. */
  get(id: string): Live | undefined {
    const hit = this.live.get(id);
    if (hit) {
      this.live.delete(id);
      this.live.set(id, hit);
    }
    return hit;
  }

  /** Caches a session, evicting the least recently used idle ones above `maxLive`. */
  remember(live: Live): void {
    this.live.set(live.id, live);
    if (this.live.size <= this.maxLive) return;
    for (const [id, s] of this.live) {
      if (this.live.size <= this.maxLive) break;
      if (s !== live && !s.queue.busy && s.holders === 0) this.live.delete(id);
    }
  }

  /**
   * Drops deleted sessions (`id`, or every one of `userKey`), returning those that were cached. A
   * connection still holding one keeps the object; its next act finds the session gone.
   */
  forget(match: { id: string } | { userKey: string }): Live[] {
    if ("id" in match) {
      const hit = this.live.get(match.id);
      this.live.delete(match.id);
      return hit ? [hit] : [];
    }
    const gone = [...this.live.values()].filter((s) => s.userKey === match.userKey);
    for (const s of gone) this.live.delete(s.id);
    return gone;
  }

  /** A connection takes the session as its own (see `release`). */
  hold(live: Live): void {
    live.holders++;
  }

  /** A connection lets go of its session (it moved on or closed). */
  release(live: Live): void {
    live.holders--;
    void live.queue.idle().then(() => {
      if (live.holders === 0 && !live.queue.busy && this.live.get(live.id) === live) this.live.delete(live.id);
    });
  }
}
