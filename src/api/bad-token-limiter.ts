/**
 * Repeated bad tokens from one address are refused for a while (429) before any lookup, so guessing costs time. Kept
 * in memory per replica: a restart forgets it, which costs an attacker nothing they could not get by waiting.
 */
export class BadTokenLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { max: number; windowMs: number; now: () => number } = {
      max: 10,
      windowMs: 60_000,
      now: Date.now,
    },
  ) {}

  /** Seconds until this address may try again, or 0 when it may now. */
  retryAfter(address: string): number {
    const recent = this.recent(address);
    if (recent.length < this.options.max) return 0;
    const oldest = recent[0] as number;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - this.options.now()) / 1000));
  }

  fail(address: string): void {
    const recent = this.recent(address);
    recent.push(this.options.now());
    this.failures.set(address, recent);
    // Bounded: a flood from many addresses cannot grow this without end.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value as string);
  }

  private recent(address: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    return (this.failures.get(address) ?? []).filter((at) => at > since);
  }
}
