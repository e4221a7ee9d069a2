/**
 * Judging electronegativity's findings: what `npm run lint:electron` fails on.
 *
 * A finding above INFORMATIONAL fails unless the flagged line carries an
 * `eng-disable <CHECK_ID> <reason>` comment. The tool honours such comments by
 * itself and drops the findings they name, reason or not, so every
 * eng-disable comment in the scanned files must also carry a reason: that is
 * what makes a suppression a written justification rather than a mute button.
 */

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** At least this many words after the check ids: "safe" or "ok" is not a reason. */
const MIN_REASON_WORDS = 3;

/**
 * The tool's own patterns (src/util/exceptions.js): it reads a disable from
 * the raw line text, inside a string as much as inside a comment, so we do too.
 */
const JS_DISABLE = /(?:\/\*|\/\/)[ \t]*eng-disable\b(.*?)(?:\*\/|$)/;
const HTML_DISABLE = /<!--[ \t]*eng-disable\b(.*?)(?:-->|$)/;

/** Check ids as the tool matches them: AUXCLICK_JS_CHECK or its class name, AuxclickJSCheck. */
const CHECK_ID = /^(?:[A-Z0-9]+_)+CHECK$|^[A-Za-z0-9]+Check$/;

/**
 * Turns the issue records electronegativity's runner returns into plain
 * findings, refusing anything of another shape: a tool upgrade that changed
 * its output must fail the check loudly, not pass it with nothing parsed.
 * @param {unknown} issues
 * @returns {import('./electronegativity-findings.d.mts').Finding[]}
 */
export function parseIssues(issues) {
  if (!Array.isArray(issues)) throw new Error('electronegativity output is not a list of issues');
  return issues.map((issue, index) => {
    const where = `electronegativity issue #${index + 1}`;
    if (typeof issue !== 'object' || issue === null) throw new Error(`${where} is not an object`);
    const { id, severity, confidence, file, location, description, manualReview } = issue;
    if (typeof id !== 'string' || id === '') throw new Error(`${where} has no check id`);
    const severityName = severity?.name;
    if (!SEVERITIES.includes(severityName)) throw new Error(`${where} (${id}) has an unknown severity ${JSON.stringify(severityName)}`);
    if (typeof file !== 'string') throw new Error(`${where} (${id}) names no file`);
    return {
      id,
      severity: severityName,
      confidence: typeof confidence?.name === 'string' ? confidence.name : 'UNKNOWN',
      file,
      line: Number.isInteger(location?.line) ? location.line : 0,
      column: Number.isInteger(location?.column) ? location.column : 0,
      description: typeof description === 'string' ? description : '',
      manualReview: manualReview === true,
    };
  });
}

/**
 * The eng-disable comment on one line, if any: the check ids it names and the
 * reason written after them.
 * @param {string} lineText
 * @returns {{ ids: string[]; reason: string } | null}
 */
export function disableComment(lineText) {
  const match = JS_DISABLE.exec(lineText) ?? HTML_DISABLE.exec(lineText);
  if (!match) return null;
  const words = match[1].trim().split(/[\s,]+/).filter(Boolean);
  const ids = [];
  while (words.length > 0 && CHECK_ID.test(words[0])) ids.push(words.shift());
  return { ids, reason: words.join(' ') };
}

function hasReason(comment) {
  return comment.reason.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length >= MIN_REASON_WORDS;
}

function namesCheck(comment, id) {
  return comment.ids.some((named) => named.toUpperCase() === id.toUpperCase());
}

/**
 * Every eng-disable comment in one file that gives no reason (or names no check).
 * @param {string} file
 * @param {string} text
 * @returns {import('./electronegativity-findings.d.mts').Problem[]}
 */
export function unjustifiedDisables(file, text) {
  const problems = [];
  text.split('\n').forEach((lineText, index) => {
    const comment = disableComment(lineText);
    if (!comment) return;
    if (comment.ids.length === 0) problems.push({ file, line: index + 1, message: 'eng-disable names no check id' });
    else if (!hasReason(comment)) {
      problems.push({ file, line: index + 1, message: `eng-disable ${comment.ids.join(' ')} gives no reason: write why the finding does not apply after the check id` });
    }
  });
  return problems;
}

/**
 * Sorts findings into failures, justified ones and ignored (informational) ones.
 * @param {import('./electronegativity-findings.d.mts').Finding[]} findings
 * @param {(file: string, line: number) => string | undefined} lineOf the text of a line of a scanned file
 * @returns {import('./electronegativity-findings.d.mts').Verdict}
 */
export function judgeFindings(findings, lineOf) {
  const verdict = { failures: [], justified: [], ignored: [] };
  for (const finding of findings) {
    if (finding.severity === 'INFORMATIONAL') {
      verdict.ignored.push(finding);
      continue;
    }
    const lineText = finding.file === 'N/A' || finding.line < 1 ? undefined : lineOf(finding.file, finding.line);
    const comment = lineText === undefined ? null : disableComment(lineText);
    if (comment && namesCheck(comment, finding.id) && hasReason(comment)) {
      verdict.justified.push(finding);
      continue;
    }
    const description = /[.!?]$/.test(finding.description) ? finding.description : `${finding.description}.`;
    const [open, close] = /\.html?$/i.test(finding.file) ? ['<!--', '-->'] : ['/*', '*/'];
    verdict.failures.push({
      file: finding.file,
      line: finding.line,
      message:
        `${finding.id} (${finding.severity}, ${finding.confidence}${finding.manualReview ? ', needs review' : ''}): ${description} ` +
        `Fix it, or justify it on that line: ${open} eng-disable ${finding.id} <why it does not apply> ${close}`,
    });
  }
  return verdict;
}
