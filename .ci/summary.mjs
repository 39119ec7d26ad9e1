// Prints "N passed, N failed" from Vitest's JSON report, and fails when no test ran.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that fails to load has no failed test but a failed suite: count it so the line is honest.
const failed = report.numFailedTests || (report.success ? 0 : report.numFailedTestSuites || 1);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed === 0 || failed > 0) process.exit(1);
