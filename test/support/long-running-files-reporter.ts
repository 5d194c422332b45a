import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** A file still running after this long is named on the output, with the test it was last in, once a minute. */
const LONG_RUNNING_MS = 5 * 60_000;
const CHECK_EVERY_MS = 60_000;

/**
 * Says which test files are still running when one runs far longer than any file should: vitest's own output
 * names a file only once it ends, so a file that never ends (a stop that waits for ever, a worker whose event loop
 * is blocked) would otherwise leave the run silent until something kills it.
 */
export default class LongRunningFilesReporter implements Reporter {
  private readonly running = new Map<string, { since: number; lastTest?: string; project: string }>();
  private timer: NodeJS.Timeout | undefined;

  onTestModuleStart(testModule: TestModule): void {
    this.running.set(testModule.moduleId, { since: Date.now(), project: testModule.project.name });
    this.timer ??= setInterval(() => this.report(), CHECK_EVERY_MS).unref();
  }

  onTestCaseReady(testCase: TestCase): void {
    const entry = this.running.get(testCase.module.moduleId);
    if (entry) entry.lastTest = testCase.fullName;
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.running.delete(testModule.moduleId);
  }

  onTestRunEnd(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private report(): void {
    const now = Date.now();
    for (const [file, entry] of this.running) {
      const minutes = (now - entry.since) / 60_000;
      if (now - entry.since < LONG_RUNNING_MS) continue;
      process.stdout.write(
        `still running after ${minutes.toFixed(0)} min: [${entry.project}] ${file}${entry.lastTest ? ` (in "${entry.lastTest}")` : ''}\n`,
      );
    }
  }
}
