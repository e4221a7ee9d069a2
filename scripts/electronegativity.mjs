#!/usr/bin/env node
import console from 'node:console';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { judgeFindings, parseIssues, unjustifiedDisables } from './electronegativity-findings.mjs';
import { scanOffline } from './electronegativity-scan.mjs';

/**
 * `npm run lint:electron`: electronegativity over src/ (or the folder given),
 * failing on any finding above informational that is not justified on its
 * line, on any eng-disable comment without a reason, and on any file the tool
 * could not parse (a file it cannot read is a file it did not check).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(ROOT, process.argv[2] ?? 'src');
const SCANNED = /\.(?:jsx?|tsx?|html?)$/i;
// The scan takes about a second; a hang would otherwise hold `npm test` forever.
const DEADLINE_MS = 120_000;

const deadline = setTimeout(() => {
  console.error(`electronegativity: no result after ${DEADLINE_MS / 1000} s; giving up`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

function scannedFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : scannedFiles(path);
    return entry.isFile() && SCANNED.test(entry.name) ? [path] : [];
  });
}

const lines = new Map();
function lineOf(file, line) {
  if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
  return lines.get(file)[line - 1];
}

const shown = (file) => (file === 'N/A' ? '(whole app)' : relative(ROOT, file));

const { issues, errors, checks } = await scanOffline(folder);
const verdict = judgeFindings(parseIssues(issues), lineOf);
const files = scannedFiles(folder);
const problems = [
  ...verdict.failures,
  ...files.flatMap((file) => unjustifiedDisables(file, readFileSync(file, 'utf8'))),
  ...errors.filter((error) => !error.tolerable).map((error) => ({ file: error.file, line: 0, message: `could not be parsed, so nothing in it was checked: ${error.message}` })),
];

for (const warning of errors.filter((error) => error.tolerable)) console.warn(`${shown(warning.file)}: warning: ${warning.message}`);
for (const finding of verdict.justified) console.log(`${shown(finding.file)}:${finding.line}: ${finding.id} justified on its line`);
for (const problem of problems) console.error(`${shown(problem.file)}:${problem.line}: ${problem.message}`);
console.log(
  `electronegativity: ${checks} checks over ${files.length} files in ${relative(ROOT, folder) || '.'}: ` +
    `${problems.length} problem(s), ${verdict.justified.length} justified, ${verdict.ignored.length} informational (ignored)`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
