import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintJson } from './commands/lint';
import { captureIo, tempWorkspaces } from './cli-test-support';
import { runCli } from './run-cli';

const workspace = tempWorkspaces();

const SETTINGS = JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example', rules: { 'seo/focus-keyword-none': 'off', 'seo/social-fallback': 'off' } });
const DESCRIPTION = 'Writing offline keeps long articles calm: plan in plain files, draft in short sessions and revise before you open a browser.';

/** A short, clean article but for what `extra` and `body` add. */
const article = (title: string, body = 'Writing offline keeps you calm.', extra = '') =>
  `---\ndate: 2025-09-14\ntitle: "${title}"\ndescription: "${DESCRIPTION} ${title}."\n${extra}---\n\n## About ${title}\n\n${body}\n`;

describe('article-studio lint <workspace>', () => {
  it('prints file:line  severity  ruleId  message, a summary, and exits 1 on an error', async () => {
    const root = await workspace({
      'article-studio.json': SETTINGS,
      'guides/a.md': article('Alpha', 'See [beta](/guides/b) and [gone](/guides/gone).'),
      'guides/b.md': article('Beta'),
    });
    const io = captureIo();
    expect((await runCli(['lint', root], io)).exitCode).toBe(1);
    const lines = io.out().split('\n');
    expect(lines).toContain('guides/a.md:9  error  seo/broken-link  Link to /guides/gone, which is no article in the workspace');
    expect(lines.filter((line) => line.includes('seo/broken-link'))).toHaveLength(1);
    expect(io.out()).toMatch(/\n\n1 error, 0 warnings, \d+ infos in 2 articles\n$/);
    expect(io.err()).toBe('');
  });

  it('exits 0 when nothing is an error, the workspace rules setting applied', async () => {
    const root = await workspace({
      'article-studio.json': JSON.stringify({ rules: { 'seo/broken-link': 'warning' } }),
      'a.md': article('Alpha', '[gone](/gone)'),
    });
    const io = captureIo();
    expect((await runCli(['lint', root], io)).exitCode).toBe(0);
    expect(io.out()).toContain('a.md:9  warning  seo/broken-link  ');
  });

  it('prints --json in the documented shape', async () => {
    const root = await workspace({
      'article-studio.json': SETTINGS,
      'a.md': article('Alpha', 'Text.', 'og_title: "Alpha"\n'),
      'b.md': '---\ntitle: [\n---\n',
    });
    const io = captureIo();
    expect((await runCli(['lint', root, '--json'], io)).exitCode).toBe(1);
    const json = JSON.parse(io.out()) as LintJson;
    expect(Object.keys(json)).toEqual(['version', 'findings', 'summary']);
    expect(json.version).toBe(1);
    expect(json.findings.find((finding) => finding.ruleId === 'seo/social-duplicate')).toEqual({
      file: 'a.md',
      line: 5,
      severity: 'info',
      ruleId: 'seo/social-duplicate',
      message: 'og_title repeats the title word for word; without it the card uses the title and follows it when it changes.',
      fixable: true,
    });
    expect(json.findings.find((finding) => finding.file === 'b.md')).toMatchObject({ line: 2, severity: 'error', ruleId: 'seo/invalid-frontmatter', fixable: false });
    const count = (severity: string) => json.findings.filter((finding) => finding.severity === severity).length;
    expect(json.summary).toEqual({ errors: count('error'), warnings: count('warning'), infos: count('info'), files: 2 });
    expect(json.summary.errors).toBe(1);
  });

  it('reports settings problems on stderr with their line', async () => {
    const root = await workspace({ 'article-studio.json': '{\n  "rules": {\n    "seo/nope": "off"\n  }\n}', 'a.md': article('Alpha') });
    const io = captureIo();
    await runCli(['lint', root], io);
    expect(io.err()).toBe(`${root}/article-studio.json:3: unknown rule "seo/nope" in "rules"\n`);
  });

  it('says an article-studio.json that is there but cannot be read is not read, rather than that there is none', async () => {
    const root = await workspace({ 'article-studio.json/notes.txt': 'a folder where the settings belong', 'a.md': article('Alpha') });
    for (const target of [root, join(root, 'a.md')]) {
      const io = captureIo();
      await runCli(['lint', target], io);
      expect(io.err(), target).toBe(`${root}/article-studio.json:1: cannot be read (it is a folder)\n`);
    }
  });

  it('reports an article that is not UTF-8 as an error and checks the rest', async () => {
    const root = await workspace({ 'article-studio.json': SETTINGS, 'a.md': article('Alpha') });
    await writeFile(join(root, 'bad.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    const io = captureIo();
    expect((await runCli(['lint', root], io)).exitCode).toBe(1);
    expect(io.out()).toMatch(/^bad\.md:1 {2}error {2}seo\/unreadable {2}bad\.md is not UTF-8 text/m);
    expect(io.out()).toMatch(/in 2 articles\n$/);
  });
});

describe('article-studio lint <file>', () => {
  it('checks one article against its workspace: links to other articles resolve, missing images do not', async () => {
    const root = await workspace({
      'article-studio.json': SETTINGS,
      'guides/a.md': article('Alpha', '[b](b.md) ![Chart](/assets/chart.png) ![Logo](/assets/logo.png)'),
      'guides/b.md': article('Beta'),
      'assets/logo.png': 'png',
    });
    const io = captureIo();
    expect((await runCli(['lint', join(root, 'guides/a.md'), '--json'], io)).exitCode).toBe(1);
    const json = JSON.parse(io.out()) as LintJson;
    expect(json.findings.filter((finding) => finding.severity === 'error')).toEqual([
      { file: 'guides/a.md', line: 9, severity: 'error', ruleId: 'seo/missing-asset', message: 'Missing file /assets/chart.png: it is referenced but not in the workspace', fixable: false },
    ]);
    expect(json.summary.files).toBe(1);
  });

  it('exits 0 for an article without errors', async () => {
    const root = await workspace({ 'article-studio.json': SETTINGS, 'a.md': article('Alpha') });
    const io = captureIo();
    expect((await runCli(['lint', join(root, 'a.md')], io)).exitCode).toBe(0);
    expect(io.out()).toMatch(/^0 errors, \d+ warnings?, \d+ infos? in 1 article\n$/m);
  });

  it('exits 2 for a missing path, a file that is no article or not UTF-8, and bad usage', async () => {
    const root = await workspace({ 'notes.txt': 'x' });
    await writeFile(join(root, 'bad.md'), Buffer.from([0xff]));
    for (const argv of [['lint', join(root, 'nothing.md')], ['lint', join(root, 'notes.txt')], ['lint', join(root, 'bad.md')], ['lint'], ['lint', root, '--fix']]) {
      const io = captureIo();
      expect((await runCli(argv, io)).exitCode, argv.join(' ')).toBe(2);
      expect(io.err(), argv.join(' ')).not.toBe('');
    }
  });
});
