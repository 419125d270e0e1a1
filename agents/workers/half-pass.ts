import { isMainThread, parentPort, workerData, type Worker } from "node:worker_threads";
import { spawnWorker } from "./spawn.ts";

/**
 * A pass over a long range of items shared with a second thread: the caller scores the first half while a
 * helper thread scores the second, then waits for it (Atomics), so the call stays synchronous and one turn
 * still reads top to bottom. A retrieval over a large pool (hundreds of thousands of items) is what makes a
 * turn slow and every turn queued behind it wait; on a machine with a core to spare it takes about half the
 * time. Each half is computed by the same code on the same shared memory, so results are the same bytes as
 * one thread's. Until the helper has started, or if it stops answering, the caller does the whole pass.
 */
const GEN = 0;
const DONE = 1;
const FROM = 2;
const TO = 3;
const READY = 4;
/** Control words, then up to four float arguments of the pass (a scale, a weight). */
const ARGS_AT = 8;
const ARGS = 4;
/** Beyond this the helper is taken for dead: the caller does its half itself from then on. */
const PATIENCE_MS = 2000;

/** Passes of at least this many items share their second half with a helper thread (the default of its users). */
export const HALF_PASS_ITEMS = 1 << 16;

export type HalfFn = (from: number, to: number, args: Float64Array) => void;

export class HalfPass {
  private readonly ctl = new Int32Array(new SharedArrayBuffer(ARGS_AT * 4 + ARGS * 8));
  private readonly args = new Float64Array(this.ctl.buffer, ARGS_AT * 4, ARGS);
  private readonly worker: Worker;
  private dead = false;

  /**
   * Starts the helper: `entry` is a module that calls `serveHalves` with the same pass over the same shared
   * memory (`data`, which must hold only what a worker can receive: SharedArrayBuffers, shared memories, numbers).
   */
  constructor(entry: URL, data: Record<string, unknown>, private readonly minItems: number) {
    this.worker = spawnWorker(entry, { ...data, ctl: this.ctl.buffer });
    this.worker.unref();
    this.worker.on("error", () => (this.dead = true));
    this.worker.on("exit", () => (this.dead = true));
  }

  /** Whether the helper thread is up and answering. */
  get helping(): boolean {
    return !this.dead && Atomics.load(this.ctl, READY) === 1;
  }

  /** Whether a pass over n items goes half to the helper: it is up, and n is long enough. */
  shares(n: number): boolean {
    return n >= this.minItems && this.helping;
  }

  /** Runs `pass` over [0, n): the second half on the helper when `shares(n)`. */
  run(n: number, args: readonly number[], pass: HalfFn): void {
    for (let a = 0; a < args.length; a++) this.args[a] = args[a];
    if (!this.shares(n)) return pass(0, n, this.args);
    const half = n >> 1;
    Atomics.store(this.ctl, FROM, half);
    Atomics.store(this.ctl, TO, n);
    Atomics.store(this.ctl, DONE, 0);
    Atomics.add(this.ctl, GEN, 1);
    Atomics.notify(this.ctl, GEN);
    pass(0, half, this.args);
    if (Atomics.wait(this.ctl, DONE, 0, PATIENCE_MS) === "timed-out") {
      // The same bytes whoever writes them last.
      this.dead = true;
      pass(half, n, this.args);
    }
  }

  /** Stops the helper thread. */
  close(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}

/** In a helper started by `HalfPass`: runs `pass` over each range it is given, forever. */
export function serveHalves(pass: HalfFn): void {
  if (isMainThread) throw new Error("serveHalves runs in a worker thread");
  const ctl = new Int32Array((workerData.data as { ctl: SharedArrayBuffer }).ctl);
  const args = new Float64Array(ctl.buffer, ARGS_AT * 4, ARGS);
  let seen = Atomics.load(ctl, GEN);
  Atomics.store(ctl, READY, 1);
  parentPort?.unref();
  for (;;) {
    Atomics.wait(ctl, GEN, seen);
    seen = Atomics.load(ctl, GEN);
    pass(Atomics.load(ctl, FROM), Atomics.load(ctl, TO), args);
    Atomics.store(ctl, DONE, 1);
    Atomics.notify(ctl, DONE);
  }
}
