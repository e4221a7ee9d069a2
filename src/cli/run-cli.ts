import { Command, CommanderError } from 'commander';
import { StudioError } from '../core/api/studio-error';
import { CliFailure, CliUsageError, type CliIo } from './cli-io';
import type { ExportCommandOptions } from './commands/export';

// Each command's code (the renderer, the YAML editor, the server, the file
// watcher) is loaded when that command runs: loading all of it took longer
// than a no-change export of a thousand pages.
const commands = {
  export: () => import('./commands/export'),
  lint: () => import('./commands/lint'),
  list: () => import('./commands/list'),
  render: () => import('./commands/render'),
  serve: () => import('./commands/serve'),
  set: () => import('./commands/set'),
};

export interface CliResult {
  readonly exitCode: number;
  /** Set by long-running commands (serve): stops them. */
  readonly stop?: () => Promise<void>;
}

/** Runs one command line; never calls process.exit, so tests can run it in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliResult> {
  let stop: (() => Promise<void>) | undefined;
  let exitCode = 0;
  const program = new Command('article-studio')
    .description('Write SEO articles as Markdown with YAML frontmatter.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('list')
    .description('list the articles of a workspace with title, date and draft flag')
    .argument('<workspace>', 'workspace folder')
    .option('--json', 'print JSON (path, url, title, date, draft, problem)')
    .action(async (workspace: string, options: { json?: boolean }) => (await commands.list()).listCommand(workspace, options, io));

  program
    .command('set')
    .description('set frontmatter fields, changing nothing else in the file')
    .argument('<file>', 'article file')
    .argument('<assignments...>', 'key=value pairs; values are YAML scalars as typed, quoted when YAML needs it')
    .action(async (file: string, assignments: string[]) => (await commands.set()).setCommand(file, assignments, io));

  program
    .command('export')
    .description('write the site as static HTML: one page per article, assets, index, sitemap, robots.txt and 404')
    .argument('<workspace>', 'workspace folder')
    .requiredOption('--out <dir>', 'output folder (built beside it and swapped in, or for a few changed files moved in one by one; files you added there are kept)')
    .option('--only <article...>', 'export only these articles (workspace-relative paths)')
    .option('--drafts', 'include articles with draft: true')
    .option('--relative', 'relative links, so the bundle works opened from disk (file://)')
    .option('--zip <file>', 'also write the bundle as one zip')
    .option('--strict', 'exit 1 when any problem was found')
    .option('--workers <n>', 'render threads (default: by page count and cores; 0 renders in one thread)')
    .action(async (workspace: string, options: ExportCommandOptions) => {
      exitCode = await (await commands.export()).exportCommand(workspace, options, io);
    });

  program
    .command('lint')
    .description('run the SEO checks on one article or a whole workspace; exit 1 when any finding is an error')
    .argument('<target>', 'an article file, or a workspace folder')
    .option('--json', 'print { version, findings: [{ file, line, severity, ruleId, message, fixable }], summary }')
    .action(async (target: string, options: { json?: boolean }) => {
      exitCode = await (await commands.lint()).lintCommand(target, options, io);
    });

  const renderers = [
    ['render', 'fragment', 'print the article body as sanitised HTML'],
    ['jsonld', 'jsonld', 'print the generated JSON-LD objects as a JSON array'],
    ['page', 'page', 'print the finished HTML page, as the preview shows it and the export writes it'],
  ] as const;
  for (const [name, output, description] of renderers) {
    program
      .command(name)
      .description(`${description} (settings from the nearest article-studio.json above the file)`)
      .argument('<file>', 'article file')
      .action(async (file: string) => (await commands.render()).renderCommand(file, output, io));
  }

  program
    .command('serve')
    .description('the app in a browser: a loopback server whose URL carries a per-launch token')
    .argument('[workspace]', 'workspace folder (default: a copy of the bundled sample)')
    .option('--port <port>', 'port to listen on (default: a free one)')
    .option('--open', 'open the URL in the system browser')
    .action(async (workspace: string | undefined, options: { port?: string; open?: boolean }) => {
      stop = await (await commands.serve()).serveCommand(workspace, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return stop ? { exitCode, stop } : { exitCode };
  } catch (error) {
    return { exitCode: reportError(error, io) };
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version are not failures; commander has already printed them.
    if (error.exitCode === 0) return 0;
    return 2;
  }
  if (error instanceof CliUsageError) {
    io.stderr(`article-studio: ${error.message}\n`);
    return 2;
  }
  if (error instanceof CliFailure) {
    io.stderr(`${error.message}\n`);
    return 1;
  }
  if (error instanceof StudioError) {
    io.stderr(`${error.file && !error.message.includes(error.file) ? `${error.file}: ` : ''}${error.message}\n`);
    return 1;
  }
  io.stderr(`article-studio: ${(error as Error).message ?? String(error)}\n`);
  return 1;
}
