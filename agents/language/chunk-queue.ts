/** Text chunks pushed from a callback, read as an async iterable (one reader). */
export class ChunkQueue implements AsyncIterable<string> {
  private readonly items: string[] = [];
  private wake: (() => void) | null = null;
  private done = false;

  push(text: string): void {
    this.items.push(text);
    this.wake?.();
  }

  end(): void {
    this.done = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift()!;
      if (this.done) return;
      await new Promise<void>((r) => (this.wake = r));
      this.wake = null;
    }
  }
}
