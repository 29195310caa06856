// Prints one plain closing line, "Tests: N passed, N failed, N skipped", as the very last line
// of the run (after jest's own summary), so that tools reading the end of a CI log find the
// counts in a standard form.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: todo } = results;
    process.once('exit', () => process.stdout.write(`Tests: ${passed} passed, ${failed} failed, ${skipped + todo} skipped\n`));
  }
}
