/**
 * Skipping a suite whose prerequisite (terraform, PostgreSQL, the shared data folder) is missing,
 * with the reason visible in jest's default reporter output.
 *
 * Why a plain `console.warn` + `describe.skip` did not show: jest buffers a test file's console
 * output and prints it with the file's result header, and the default reporter prints that header
 * only for files that are not "skipped" (@jest/reporters 30.5.2, DefaultReporter.onTestResult:
 * `if (!testResult.skipped) { this.printTestFileHeader(...) }`, build/index.js line 751); a file
 * counts as skipped when every test in it is pending (jest-runner 30.5.2, runTest:
 * `result.skipped = testCount === result.numPendingTests`, build/index.js line 279). A lone file
 * run in band printed the warning; in a run of several files only "N skipped" remained.
 *
 * So a skipped suite here also declares one `it.todo` whose title is the reason: a todo is not a
 * pending test, the file is no longer "skipped", and the reporter prints its header with the
 * warning, and the title in verbose output. Nothing passes that did not run: the suite's own tests
 * stay skipped and the todo is counted as "todo" (and in the closing "skipped" figure of
 * scripts/jest-summary-reporter.js).
 */

/**
 * `describe` when `reason` is undefined; otherwise the suite is skipped and `reason` is printed
 * (console.warn) and listed as a todo, both shown by jest's default reporter.
 */
export function describeUnless(reason: string | undefined, name: string, body: () => void): void {
  if (reason === undefined) {
    describe(name, body);
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`Skipping "${name}": ${reason}.`);
  describe(name, () => {
    it.todo(`skipped: ${reason}`);
    describe.skip('(needs what is missing)', body);
  });
}
