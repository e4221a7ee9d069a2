import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * The list reporter shows a skipped test as a dash; this prints why, so a
 * skip (the Electron specs on a machine without Electron's binary) is never
 * silent.
 */
export default class SkipReasonReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
    this.skipped.push(`  skipped: ${test.titlePath().filter(Boolean).join(' › ')}\n    reason: ${reason}`);
  }

  onEnd(): void {
    if (this.skipped.length > 0) console.log(`\n${this.skipped.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
