import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_PAYLOADS } from '../../src/core/markdown/hostile-payloads.test-support';
import { HOSTILE_URLS, hostileArticle } from '../../src/core/page/hostile-article.test-support';
import { renderPage } from '../../src/core/page';
import { DEFAULT_SETTINGS } from '../../src/core/site';

const ORIGIN = 'https://studio.test';
const SETTINGS = { ...DEFAULT_SETTINGS, siteUrl: ORIGIN };

/**
 * A page that serves whatever HTML it is given at ORIGIN (every other request
 * is refused, so nothing leaves the machine) and reports whether any payload
 * ran: each one sets window.__pwned or opens a dialog.
 */
async function hostileProbe(page: Page): Promise<(html: string) => Promise<string | null>> {
  let html = '';
  let dialog: string | null = null;
  page.on('dialog', (d) => {
    dialog = d.message();
    void d.dismiss();
  });
  await page.route('**/*', (route) =>
    route.request().url() === `${ORIGIN}/hostile` ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
  );
  return async (next) => {
    html = next;
    dialog = null;
    await page.goto(`${ORIGIN}/hostile`);
    // What a reader does: open the FAQ, move over and focus things. Synthetic
    // events fire inline handlers as real ones do, without moving a real
    // pointer over every element.
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = !details.open;
      for (const element of Array.from(document.querySelectorAll('body *'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error']) element.dispatchEvent(new Event(type));
      }
    });
    await page.mouse.move(10, 10);
    await page.mouse.move(400, 300, { steps: 3 });
    await page.waitForTimeout(30);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    if (pwned !== undefined) return `window.__pwned = ${String(pwned)}`;
    // Links are not clicked (that would navigate away); the browser's own URL
    // parser says whether clicking one would run script.
    const scriptLinks = await page.evaluate(() =>
      [...Array.from(document.links).map((a) => a.href), ...Array.from(document.images).map((img) => img.src)].filter((url) => /^(javascript|vbscript|data):/i.test(url)),
    );
    return scriptLinks.length > 0 ? `script URL: ${scriptLinks.join(', ')}` : dialog;
  };
}

const withoutCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

test.describe('hostile input in Chromium', () => {
  test('no payload runs in the finished page, with its CSP and with the CSP removed', async ({ page }) => {
    const probe = await hostileProbe(page);
    for (const payload of [...HOSTILE_PAYLOADS, ...HOSTILE_URLS]) {
      const html = renderPage(hostileArticle(payload), SETTINGS, 'hostile.md');
      expect(await probe(html), `with CSP: ${payload}`).toBeNull();
      // The sanitiser alone must hold: the preview and other hosts may not apply our CSP.
      expect(withoutCsp(html)).not.toContain('Content-Security-Policy');
      expect(await probe(withoutCsp(html)), `without CSP: ${payload}`).toBeNull();
    }
  });

  test('the probe sees a payload that does run, and a script link (so the test above can fail)', async ({ page }) => {
    const probe = await hostileProbe(page);
    const unsafe = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p onmouseover="window.__pwned = 1">x</p></body></html>';
    expect(await probe(unsafe)).toBe('window.__pwned = 1');
    const link = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><a href="java&Tab;script:void(0)">x</a></body></html>';
    expect(await probe(link)).toBe('script URL: javascript:void(0)');
  });
});
