import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { FIREFOX, firefoxVersion } from '../../scripts/firefox.mjs';

/** The closing line CI and people read: which Firefox, how many journeys passed and failed. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.passed++;
    else if (result.status !== 'skipped') this.failed++;
  }

  onEnd(result: FullResult): void {
    let version = FIREFOX;
    try {
      version = `Firefox ${firefoxVersion()}`;
    } catch {
      // Not installed: the run itself said so.
    }
    console.log(`${version}: ${this.passed} passed, ${this.failed} failed (${result.status})`);
  }
}
