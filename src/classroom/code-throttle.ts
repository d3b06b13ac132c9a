/**
 * Slows repeated wrong codes from one address: the first few are free (typos), then each
 * further wrong code locks the address out for twice as long as the last, up to a cap.
 * Guessing a 39-bit code at one try per 30 s is hopeless; a student who mistyped waits
 * seconds. The clock is passed in, so tests need no waiting.
 */
export class CodeThrottle {
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly freeTries = 3,
    private readonly firstWaitMs = 1000,
    private readonly maxWaitMs = 30_000,
  ) {}

  /** Milliseconds the address must still wait before its next try; 0 when it may try now. */
  waitFor(address: string): number {
    const entry = this.failures.get(address);
    return entry === undefined ? 0 : Math.max(0, entry.until - this.now());
  }

  /** Notes a wrong code from `address`. */
  failed(address: string): void {
    const entry = this.failures.get(address) ?? { count: 0, until: 0 };
    entry.count += 1;
    const over = entry.count - this.freeTries;
    entry.until = over > 0 ? this.now() + Math.min(this.maxWaitMs, this.firstWaitMs * 2 ** (over - 1)) : 0;
    this.failures.set(address, entry);
    // Bounded memory: a flood from many addresses forgets the oldest first.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  /** A right code clears the address's record. */
  succeeded(address: string): void {
    this.failures.delete(address);
  }
}
