import { SharedClock } from '../runtime/shared-clock.ts';

/**
 * The bot's injected clock in the sandbox: real time plus an offset the page can move forward (+1 h, +24 h, +7 d),
 * so check-ins, escalations and rollback reminders come without waiting. The machine's clock is never touched.
 * The time lives in shared memory (SharedClock) so the core thread reads the same instant; a timer keeps it going.
 */
export class SandboxClock {
  private readonly shared = new SharedClock(new SharedArrayBuffer(8));
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private offsetMs = 0,
    private readonly wallClock: () => number = Date.now,
  ) {
    this.tick();
  }

  get buffer(): SharedArrayBuffer {
    return this.shared.buffer;
  }

  get offset(): number {
    return this.offsetMs;
  }

  now = (): Date => {
    this.tick();
    return this.shared.now();
  };

  advance(ms: number): Date {
    this.offsetMs += ms;
    this.tick();
    return this.shared.now();
  }

  /** Keeps the shared time moving for the core thread, which reads it without calling now() here. */
  start(intervalMs = 200): void {
    this.timer ??= setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.shared.set(new Date(this.wallClock() + this.offsetMs));
  }
}
