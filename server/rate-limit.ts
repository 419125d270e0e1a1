/**
 * A token bucket: `rate` tokens a second up to `burst`. A request or frame takes one token; the
 * address budget (budget.ts) takes what a frame costs, and charges refused work as debt.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now = performance.now(),
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes `cost` tokens when there are that many; false (and nothing taken) otherwise. */
  take(now = performance.now(), cost = 1): boolean {
    this.refill(now);
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Takes `cost` whether there are tokens or not, down to a debt of one burst: refused work still costs. */
  charge(now: number, cost: number): void {
    this.refill(now);
    this.tokens = Math.max(-this.burst, this.tokens - cost);
  }

  /** Seconds until `cost` tokens are there. */
  wait(now: number, cost: number): number {
    this.refill(now);
    return Math.max(0, (cost - this.tokens) / this.rate);
  }

  /** True once the bucket has refilled completely, so an idle key's bucket can be dropped. */
  full(now = performance.now()): boolean {
    return this.tokens + ((now - this.last) * this.rate) / 1000 >= this.burst;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.rate) / 1000);
    this.last = now;
  }
}

/** Buckets by key (a client address), pruned of refilled ones so idle clients cost nothing. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweeps = 0;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {}

  take(key: string, cost = 1): boolean {
    const now = performance.now();
    return this.bucket(key, now).take(now, cost);
  }

  charge(key: string, cost: number): void {
    const now = performance.now();
    this.bucket(key, now).charge(now, cost);
  }

  wait(key: string, cost: number): number {
    const now = performance.now();
    return this.buckets.get(key)?.wait(now, cost) ?? 0;
  }

  private bucket(key: string, now: number): TokenBucket {
    if (++this.sweeps % 1024 === 0) this.sweep(now);
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new TokenBucket(this.rate, this.burst, now)));
    return b;
  }

  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (b.full(now)) this.buckets.delete(k);
  }
}
