import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { keystrokeFigures, presentedLatencies, settleSummary, type KeystrokeFigures } from './analysis';
import { EDITOR_LABEL, type TypingArticle } from './fixtures';
import { armSettle, calibrated, editorShown, findPreviewHooks, installProbe, previewShows, readProbe, settleSeen, shellShown, startCalibration, stopCalibration, type ProbeConfig } from './probe';

/**
 * One page opened in a fresh browser context, an article brought up in the
 * editor, and the keystrokes typed at a steady pace: the app (through the
 * library, with its live preview) or the peer (a bare textarea page).
 */

/** A UI hook the benchmark relies on is not in the page: the run cannot measure what it was asked to. */
export class MissingHook extends Error {}

export interface Target {
  readonly kind: 'app' | 'peer';
  readonly url: string;
}

export interface OpenTimes {
  /** Navigation start to the library showing the article, main thread free again (the peer: its textarea). */
  readonly shellMs: number;
  /** The click on the library entry to an editable editor holding the article (0 for the peer). */
  readonly editorMs: number;
}

export interface SessionResult extends KeystrokeFigures {
  readonly page: 'Article Studio' | 'bare textarea';
  readonly article: TypingArticle['label'];
  readonly open: OpenTimes;
  /** JS heap in use on the page's main thread after a forced GC, the article open (and previewed), MB. */
  readonly heapMB: number;
  /** Last keystroke of each burst to the preview settled with that burst's text; null without a preview. */
  readonly settle: ReturnType<typeof settleSummary>;
  /** Whether the browser reported the calibration keystrokes' paints (see startCalibration); if not, the Event Timing figures mean nothing. */
  readonly eventTimingWorks: boolean;
  /** Which preview hook the app lacks, so the preview was not measured; null when it was (and for the peer, which has none). */
  readonly previewMissing: string | null;
}

const HOOK_TIMEOUT = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openPage(browser: Browser, target: Target, article: TypingArticle): Promise<{ page: Page; open: OpenTimes; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const config: ProbeConfig = {
    libraryNeedles: target.kind === 'app' ? [article.path, article.title] : [],
    editorLabel: EDITOR_LABEL,
    editorNeedle: article.tail,
  };
  await context.addInitScript(installProbe, config);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(target.url);
  await page.waitForFunction(shellShown, undefined, { timeout: HOOK_TIMEOUT }).catch(() => {
    const seen = errors.length ? ` (errors in the page: ${errors.join('; ')})` : '';
    throw new MissingHook(`no button or link in the library whose name contains "${article.path}" or "${article.title}" within ${HOOK_TIMEOUT / 1000} s${seen}`);
  });
  if (target.kind === 'app') {
    const name = new RegExp(`${escapeRegExp(article.path)}|${escapeRegExp(article.title)}`);
    await page.getByRole('button', { name }).or(page.getByRole('link', { name })).first().click({ timeout: HOOK_TIMEOUT });
  }
  await page.waitForFunction(editorShown, undefined, { timeout: HOOK_TIMEOUT }).catch(() => {
    throw new MissingHook(`no editable textarea[aria-label="${EDITOR_LABEL}"] holding ${article.path} within ${HOOK_TIMEOUT / 1000} s of opening it`);
  });
  const probe = await page.evaluate(readProbe);
  const click = probe.clicks.filter((time) => time <= probe.editorReady!).at(-1);
  const open = { shellMs: probe.shellReady!, editorMs: target.kind === 'app' && click !== undefined ? probe.editorReady! - click : 0 };
  return { page, open, close: () => context.close() };
}

/** Only the opening, for more samples of the shell and editor times. */
export async function measureOpen(browser: Browser, target: Target, article: TypingArticle): Promise<OpenTimes> {
  const { open, close } = await openPage(browser, target, article);
  await close();
  return open;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  return used ? used.value / 1024 / 1024 : Number.NaN;
}

export async function typingSession(
  browser: Browser,
  target: Target,
  article: TypingArticle,
  bursts: readonly { text: string; marker: string }[],
  intervalMs: number,
  /** Where to keep everything the probe recorded, to look into a figure afterwards. */
  rawFile?: string,
): Promise<SessionResult> {
  const { page, open, close } = await openPage(browser, target, article);
  let tracing = false;
  try {
    let previewMissing: string | null = null;
    if (target.kind === 'app') {
      await page.waitForSelector('[data-testid="preview"]', { timeout: 10_000 }).catch(() => undefined);
      const hooks = await page.evaluate(findPreviewHooks);
      previewMissing = hooks.ok ? null : hooks.missing;
      if (!previewMissing) {
        await page.waitForFunction(previewShows, article.tail, { timeout: 60_000 }).catch(() => {
          throw new MissingHook(`the preview never settled showing the opened article (data-preview-state="settled" and "${article.tail}" in the frame) within 60 s`);
        });
      }
    }
    const heap = await heapMB(page);

    // The caret to the end, a new paragraph, then quiet before the first measured keystroke.
    const editor = page.locator(`textarea[aria-label="${EDITOR_LABEL}"]`);
    await editor.click();
    await page.keyboard.press('Control+End');
    const since = (await page.evaluate(readProbe)).keys.length;
    await page.evaluate(startCalibration);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.evaluate(stopCalibration);
    const eventTimingWorks = await page.waitForFunction(calibrated, since, { timeout: 5000 }).then(
      () => true,
      () => false,
    );
    await sleep(1000);
    const from = await page.evaluate(() => performance.now());
    // Only the input category that carries EventLatency: it adds little to the page's work (see presentedLatencies).
    await browser.startTracing(page, { categories: ['input.scrolling'] });
    tracing = true;

    const withPreview = target.kind === 'app' && previewMissing === null;
    const settles: number[] = [];
    for (const burst of bursts) {
      const started = performance.now();
      for (let index = 0; index < burst.text.length; index++) {
        const last = index === burst.text.length - 1;
        if (last && withPreview) await page.evaluate(armSettle, burst.marker);
        const wait = started + index * intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        await page.keyboard.type(burst.text[index]!);
      }
      if (withPreview) {
        await page.waitForFunction(settleSeen, undefined, { timeout: 30_000 }).catch(() => {
          throw new MissingHook(`the preview did not settle showing "${burst.marker}" within 30 s of the last keystroke`);
        });
        const probe = await page.evaluate(readProbe);
        settles.push(probe.settledAt! - probe.keys.at(-1)!);
      }
      // A writer's pause between bursts, long enough for an idle-time render or an autosave to happen outside the next burst.
      await sleep(700);
    }
    const until = await page.evaluate(() => performance.now());
    const presented = presentedLatencies(JSON.parse((await browser.stopTracing()).toString('utf8')) as Parameters<typeof presentedLatencies>[0]);
    tracing = false;
    const typed = bursts.map((burst) => burst.text).join('');
    if (!(await editor.inputValue()).includes(typed)) throw new Error(`${article.path}: the editor does not hold the typed text; keystrokes were lost or changed`);
    const probe = await page.evaluate(readProbe);
    if (rawFile) await writeFile(rawFile, JSON.stringify({ from, until, probe, presented }));
    return {
      page: target.kind === 'app' ? 'Article Studio' : 'bare textarea',
      article: article.label,
      open,
      heapMB: heap,
      settle: settleSummary(settles),
      previewMissing,
      eventTimingWorks,
      ...keystrokeFigures(probe, from, until, presented),
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await close();
  }
}
