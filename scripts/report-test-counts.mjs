// Prints the closing line CI reads, "N passed, N failed", from vitest's JSON report.
import fs from "node:fs";

const file = process.argv[2];
try {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
} catch {
  console.log("0 passed, 1 failed");
}
