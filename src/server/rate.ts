// A token bucket: `capacity` messages at once, refilled continuously at `refillPerSecond`.
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly capacity: number, private readonly refillPerSecond: number, now: number) {
    this.tokens = capacity;
    this.last = now;
  }

  take(now: number, n = 1): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.refillPerSecond);
    this.last = now;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }

  /** Full again: nothing to remember about this client. */
  idle(now: number): boolean {
    return this.tokens + ((now - this.last) / 1000) * this.refillPerSecond >= this.capacity;
  }
}
