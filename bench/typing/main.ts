import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { machine, machineLine, REPO, RESULTS, Targets, writeResults } from '../shared/results';
import { ms } from '../shared/stats';
import { keystrokeBursts, writeTypingFixtures } from './fixtures';
import { openLine, typingTable, typingTargets, type TypingReport } from './report';
import { serve } from './server';
import { measureOpen, MissingHook, typingSession, type OpenTimes, type SessionResult } from './session';
import { launchBenchBrowser } from './browser';

/**
 * The typing benchmark (issue 9, part 4): Chromium through Playwright
 * against the built CLI's web mode. A 20 KB and a 200 KB article are opened
 * from the library, and the same keystrokes typed into each at a steady pace
 * with the live preview on; the same keystrokes go into a bare <textarea>
 * page holding the same text, the peer. Prints the figures and the writing
 * room's targets, writes bench-results/typing-<date>.json.
 */
/** The CLI served: npm run bench's private copy of the fresh build (BENCH_CLI), with the renderer beside it, as in out/. */
const CLI = process.env.BENCH_CLI ?? join(REPO, 'out', 'cli', 'article-studio.js');
const RENDERER = join(dirname(CLI), '..', 'renderer', 'index.html');
const SCRATCH = join(RESULTS, 'tmp', 'typing');
/** Everything each page's probe recorded, kept after the run (bench-results/tmp is not committed). */
const RAW = join(RESULTS, 'tmp', 'typing-raw');

interface Options {
  readonly quick: boolean;
  readonly keystrokes: number;
  readonly bursts: number;
  readonly intervalMs: number;
  /** Openings of the app besides the typing sessions', for the shell and editor times. */
  readonly extraOpens: number;
  readonly custom: boolean;
}

const USAGE = `Usage: node out/bench/typing-bench.js [--quick] [--keystrokes=N] [--bursts=N] [--interval=MS]
  --quick        50 keystrokes in 2 bursts, no extra openings
  --keystrokes   keystrokes per article and page (default 200)
  --bursts       bursts they are typed in, each followed by a wait for the preview (default 4)
  --interval     milliseconds between keystrokes (default 100: a fast typist)`;

function parseOptions(argv: readonly string[]): Options {
  let quick = false;
  let custom = false;
  const chosen: Record<string, number> = {};
  for (const arg of argv) {
    const [name, value = ''] = arg.split('=', 2) as [string, string?];
    if (name === '--quick') quick = true;
    else if (['--keystrokes', '--bursts', '--interval'].includes(name)) {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1\n${USAGE}`);
      chosen[name.slice(2)] = number;
      custom = true;
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return {
    quick,
    custom,
    keystrokes: chosen.keystrokes ?? (quick ? 50 : 200),
    bursts: chosen.bursts ?? (quick ? 2 : 4),
    intervalMs: chosen.interval ?? 100,
    extraOpens: quick ? 0 : 3,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  for (const file of [CLI, RENDERER]) if (!existsSync(file)) throw new Error(`${relative(REPO, file)} is missing: run \`npm run build\` (npm run bench does when out/ is stale)`);
  const { workspace, articles } = await writeTypingFixtures(SCRATCH);
  await mkdir(RAW, { recursive: true });
  const bursts = keystrokeBursts(options.keystrokes, options.bursts);
  const server = await serve(CLI, workspace, join(SCRATCH, 'state'));
  const browser = await launchBenchBrowser();
  const m = machine();
  const chromiumVersion = browser.version();
  console.log(`${machineLine(m, `Chromium ${chromiumVersion} (headed, Ozone headless platform, no GPU)`)}`);
  console.log(`${options.keystrokes} keystrokes per article and page, ${options.bursts} bursts, one every ${options.intervalMs} ms.${options.quick ? ' (--quick)' : ''}`);

  const sessions: SessionResult[] = [];
  const appOpens: OpenTimes[] = [];
  const peerOpens: OpenTimes[] = [];
  let missing: string | null = null;
  try {
    for (const article of articles) {
      // Ours, then the peer, per article: both see the machine in the same state.
      const raw = (page: string) => join(RAW, `${page}-${article.label.replace(' ', '').toLowerCase()}.json`);
      const ours = await typingSession(browser, { kind: 'app', url: server.url }, article, bursts, options.intervalMs, raw('app'));
      const peer = await typingSession(browser, { kind: 'peer', url: pathToFileURL(article.peerPage).href }, article, bursts, options.intervalMs, raw('peer'));
      for (const session of [ours, peer]) {
        sessions.push(session);
        (session === ours ? appOpens : peerOpens).push(session.open);
        console.log(
          `  ${session.page}, ${session.article}: key→presented p95 ${session.presented ? ms(session.presented.p95) : 'not in the trace'}, key→paint p95 ${!session.eventTimingWorks ? 'unavailable' : session.eventTiming.p95 === 0 ? '< 16 ms' : ms(session.eventTiming.p95)}, next frame p95 ${ms(session.nextFrame.p95)}, ` +
            `${session.longTasks.count} long tasks${session.settle ? `, settled ${session.settle.runs.map((value) => value.toFixed(0)).join(', ')} ms` : ''}`,
        );
      }
      for (const session of [ours, peer]) for (const what of session.longTasks.what) console.log(`    long task on ${session.page}'s page: ${what}`);
      missing ??= ours.previewMissing;
    }
    for (let open = 0; open < options.extraOpens; open++) appOpens.push(await measureOpen(browser, { kind: 'app', url: server.url }, articles[0]!));
  } finally {
    await browser.close();
    await server.stop();
  }

  const report: TypingReport = { sessions, appOpens, peerOpens, intervalMs: options.intervalMs };
  const targets = new Targets();
  typingTargets(report, targets);
  console.log(`\n${typingTable(report)}\n\n${openLine(report)}\n\n${targets.format()}`);
  if (missing) console.log(`\nThe preview is not measured: ${missing}. The keystrokes above were typed without a live preview.`);
  if (sessions.some((session) => !session.eventTimingWorks)) console.log('\nEvent Timing is unavailable on some pages: Chromium reported no paint for the calibration keystrokes (see bench/typing/probe.ts).');
  const date = new Date().toISOString();
  const file = await writeResults(
    'typing',
    { date, quick: options.quick, machine: m, chromium: chromiumVersion, keystrokes: options.keystrokes, bursts: options.bursts, intervalMs: options.intervalMs, previewMissing: missing, sessions, appOpens, peerOpens, targets: targets.rows },
    options.custom,
  );
  await rm(SCRATCH, { recursive: true, force: true });
  console.log(`Results: ${file}\nTyping benchmark took ${ms(performance.now() - started)}.`);
  if (missing) {
    console.error(`typing benchmark: UI hook missing — ${missing}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  if (error instanceof MissingHook) console.error(`typing benchmark: UI hook missing — ${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
