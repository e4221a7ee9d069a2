import { chromium, type Browser } from '@playwright/test';

/** Debian's Chromium, as the e2e tests use it (playwright.config.ts): never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headed Chromium on the headless Ozone platform (no display needed), not
 * headless mode: headless Chromium withholds the "frame presented" signal
 * Event Timing waits for when a page has a large textarea, so every keystroke
 * there would read as seconds late or never reported (see startCalibration).
 */
const ARGS = ['--ozone-platform=headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chrome's link-prefetch heuristic, a browser service like the ones ARGS turns off. For an http(s)
 * page it watches a random 1 in 100 of the links (the preview's, here) with an intersection
 * observer that runs again 100 ms after each layout: in the runs where it drew a link, every
 * preview update cost one more frame about when the next key came, and that key waited for the
 * following vsync (traces: 20-25 of 86 keys 5-15 ms late, none with the feature off). The desktop
 * app never has it: its pages come from the app:// protocol, not http(s). The peer has no links,
 * so it was never affected.
 */
const ALSO_DISABLED = 'NavigationPredictor';

const DISABLE_FEATURES = '--disable-features=';

/** The command line a running browser was started with, as chrome://version shows it. */
async function commandLine(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto('chrome://version');
    return (await page.locator('#command_line').textContent()) ?? '';
  } finally {
    await page.close();
  }
}

/**
 * The benchmark's browser. Chromium honours only the last --disable-features
 * switch, and Playwright passes its own list, so the feature is added to that
 * list (read from a first launch's command line) rather than given in a
 * switch of its own, which would switch Playwright's back on.
 */
export async function launchBenchBrowser(): Promise<Browser> {
  const probe = await chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, headless: false });
  const defaults = probe.process().spawnargs.filter((arg) => arg.startsWith(DISABLE_FEATURES));
  await probe.close();
  const features = [...defaults.map((arg) => arg.slice(DISABLE_FEATURES.length)), ALSO_DISABLED].filter(Boolean).join(',');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, DISABLE_FEATURES + features], headless: false, ignoreDefaultArgs: defaults });
  const switches = (await commandLine(browser)).split(/\s+/).filter((arg) => arg.startsWith(DISABLE_FEATURES));
  if (switches.length !== 1 || switches[0] !== DISABLE_FEATURES + features) {
    await browser.close();
    throw new Error(`Chromium did not start with the one ${DISABLE_FEATURES} switch it was given (${features}): ${switches.join(' ') || 'none'}`);
  }
  return browser;
}
