/**
 * A session's turn queue: its turns run one at a time, whichever path (REST or WebSocket) they come
 * from, and a session with queued turns is never evicted from memory.
 */
export class TurnQueue {
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;

  /** Whether a turn is running or waiting. */
  get busy(): boolean {
    return this.queued > 0;
  }

  /** Runs `fn` after every turn queued before it, whether they succeeded or failed. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    this.queued++;
    const run = this.tail.then(fn, fn).finally(() => this.queued--);
    // The tail settles to nothing: holding the act and its JSON until the next turn would carry
    // every turn's output through two young-generation collections into the old one.
    this.tail = run.then(settled, settled);
    return run;
  }

  /** Resolves once every turn queued so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}

const settled = (): void => undefined;
