/**
 * Spaces posts in one channel about a second apart (Slack's chat.postMessage allows ~1/s per channel), without
 * holding anything else up. In-process: a second replica keeps its own pace, and Slack's 429s cover the rest.
 */
export class ChannelPacer {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly clock: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Resolves when the channel's next post slot has come. `waitWith` wraps the sleep, and only when there is one to
   * do: the job worker passes JobRun.whileWaiting, so a lane gives up its running slot while it sleeps here, and a
   * post that need not wait keeps it.
   */
  async acquire(channel: string, waitWith: (sleep: Promise<void>) => Promise<void> = (sleep) => sleep): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = this.clock();
    const slot = Math.max(now, this.next.get(channel) ?? 0);
    this.next.set(channel, slot + this.intervalMs);
    if (slot > now) await waitWith(this.sleep(slot - now));
  }
}
