/** `npm run seed:check [-- FILES]`: prints every problem as `file:line  path  message`; exit 1 if any. */
import { analyseDataset, formatProblem, summariseDataset } from "./check";

const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
try {
  const { dataset, problems, files: checked } = analyseDataset(files);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\nseed:check: ${problems.length} problem(s) in ${checked.length} file(s)`);
    process.exitCode = 1;
  } else {
    console.log(`seed:check: OK — ${checked.length} file(s), ${summariseDataset(dataset)}`);
  }
} catch (error) {
  console.error(`seed:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
