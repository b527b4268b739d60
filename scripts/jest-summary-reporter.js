'use strict';
/**
 * Prints one plain closing line, "jest: N passed, N failed, N skipped", after the default reporter,
 * so that CI systems that read a summary line find one.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
