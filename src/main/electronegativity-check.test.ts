import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// `npm run lint:electron` (scripts/electronegativity.mjs); tested here because
// vitest collects src/**. The fixtures live outside src/ so the real scan
// never reads their deliberately bad comments.
import { disableComment, judgeFindings, parseIssues, unjustifiedDisables } from '../../scripts/electronegativity-findings.mjs';

const FIXTURES = fileURLToPath(new URL('../../scripts/electronegativity-fixtures', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../scripts/electronegativity.mjs', import.meta.url));

async function fixtureLines(): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  for (const name of ['window.ts', 'index.html']) files.set(name, (await readFile(join(FIXTURES, `${name}.txt`), 'utf8')).split('\n'));
  return files;
}

describe('judging electronegativity findings', () => {
  it('passes a finding justified on its line, fails unjustified ones, ignores informational ones', async () => {
    const files = await fixtureLines();
    const findings = parseIssues(JSON.parse(await readFile(join(FIXTURES, 'issues.json'), 'utf8')));
    const verdict = judgeFindings(findings, (file, line) => files.get(file)?.[line - 1]);
    expect(verdict.justified.map((f) => `${f.file}:${f.line} ${f.id}`)).toEqual(['window.ts:4 AUXCLICK_JS_CHECK', 'index.html:4 CSP_GLOBAL_CHECK']);
    expect(verdict.ignored.map((f) => f.id)).toEqual(['SHOW_JS_CHECK']);
    // The comment one line below, a reason of one word, a comment naming another check, a whole-app finding: all fail.
    expect(verdict.failures.map((f) => `${f.file}:${f.line}`)).toEqual(['window.ts:6', 'window.ts:10', 'window.ts:11', 'index.html:5', 'N/A:0']);
    expect(verdict.failures[0]!.message).toMatch(/^PRELOAD_JS_CHECK \(MEDIUM, FIRM, needs review\): Review the use of preload scripts\. Fix it, or justify it on that line/);
    expect(verdict.failures[3]!.message).toContain('<!-- eng-disable CSP_GLOBAL_CHECK <why it does not apply> -->');
  });

  it('requires every eng-disable comment to name a check and give a reason', async () => {
    const files = await fixtureLines();
    const problems = unjustifiedDisables('window.ts', files.get('window.ts')!.join('\n'));
    expect(problems.map((p) => [p.line, p.message.replace(/:.*/, '')])).toEqual([
      [7, 'eng-disable PRELOAD_JS_CHECK gives no reason'],
      [10, 'eng-disable OPEN_EXTERNAL_JS_CHECK gives no reason'],
      [12, 'eng-disable names no check id'],
    ]);
    expect(unjustifiedDisables('index.html', files.get('index.html')!.join('\n'))).toEqual([]);
  });

  it('reads check ids as the tool does, by id or class name, comma or space separated', () => {
    expect(disableComment('x(); /* eng-disable AUXCLICK_JS_CHECK,SandboxJSCheck both denied in window.ts */ y();')).toEqual({
      ids: ['AUXCLICK_JS_CHECK', 'SandboxJSCheck'],
      reason: 'both denied in window.ts',
    });
    expect(disableComment('const engDisable = 1;')).toBeNull();
  });

  it('refuses output of an unexpected shape instead of reading it as no findings', () => {
    expect(() => parseIssues({ issues: [] })).toThrow(/not a list/);
    expect(() => parseIssues([{ id: 'X_JS_CHECK', file: 'a.ts', severity: { name: 'CRITICAL' } }])).toThrow(/unknown severity "CRITICAL"/);
    expect(() => parseIssues([{ severity: { name: 'HIGH' }, file: 'a.ts' }])).toThrow(/no check id/);
  });
});

describe('npm run lint:electron on a small app', () => {
  const runs = new Map<string, { code: number; output: string }>();
  const folders: string[] = [];

  /** Runs the real script, offline, over a main.js variant beside a hardened index.html. */
  async function lint(variant: string): Promise<{ code: number; output: string }> {
    const folder = await mkdtemp(join(tmpdir(), `eng-${variant}-`));
    folders.push(folder);
    await copyFile(join(FIXTURES, `${variant}.main.js.txt`), join(folder, 'main.js'));
    await copyFile(join(FIXTURES, 'hardened.index.html.txt'), join(folder, 'index.html'));
    const result = await promisify(execFile)(process.execPath, [SCRIPT, folder], { timeout: 60_000 }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    return { code: result.code, output: result.output.replaceAll(folder, '<app>') };
  }

  beforeAll(async () => {
    // Four runs of about a second each, side by side.
    const variants = ['hardened', 'unjustified', 'justified', 'reasonless'];
    const results = await Promise.all(variants.map(lint));
    variants.forEach((variant, index) => runs.set(variant, results[index]!));
  }, 60_000);
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('passes a hardened window with a strict CSP', () => {
    expect(runs.get('hardened')).toMatchObject({ code: 0, output: expect.stringMatching(/: 0 problem\(s\)/) });
  });

  it('fails on contextIsolation: false, naming the file, line and check', () => {
    const run = runs.get('unjustified')!;
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/main\.js:6: CONTEXT_ISOLATION_JS_CHECK \(HIGH, FIRM\)/);
  });

  it('passes the same window with a reason written on the line', () => {
    expect(runs.get('justified')).toMatchObject({ code: 0, output: expect.stringMatching(/: 0 problem\(s\)/) });
  });

  it('fails the same window silenced without a reason', () => {
    const run = runs.get('reasonless')!;
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/main\.js:6: eng-disable CONTEXT_ISOLATION_JS_CHECK gives no reason/);
  });
});
