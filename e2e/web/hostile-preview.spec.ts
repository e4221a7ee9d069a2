import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeArticle, setField } from '../../src/core/article';
import { HOSTILE_PAYLOADS } from '../../src/core/markdown/hostile-payloads.test-support';
import { HOSTILE_URLS, hostileArticle } from '../../src/core/page/hostile-article.test-support';
import { StudioPage } from '../support/studio-page';
import { PreviewPane } from '../support/writing-room';
import { expect, test } from './fixtures';

/**
 * The live preview shows files written by others. Each payload is put in
 * every frontmatter field, the body and the FAQ of an open article (as an
 * outside change, so the preview re-renders it), then the reader's actions
 * are simulated inside the frame: nothing may run there or in the app.
 */
test('no hostile payload runs in the live preview, and the app itself stays untouched', async ({ page, server, workspace }) => {
  test.setTimeout(180_000);
  const file = join(workspace, 'hostile.md');
  await writeFile(file, '---\ntitle: Hostile\n---\nStart.\n');
  let dialog: string | null = null;
  page.on('dialog', (opened) => {
    dialog = opened.message();
    void opened.dismiss();
  });
  await page.goto(server.url);
  const studio = new StudioPage(page);
  const preview = new PreviewPane(page);
  await studio.openArticle('Hostile');

  const payloads = [...HOSTILE_PAYLOADS, ...HOSTILE_URLS];
  for (const [index, payload] of payloads.entries()) {
    const marker = `payload-${index}-shown`;
    const article = setField(hostileArticle(payload), 'title', `Hostile ${marker}`);
    await writeFile(file, serializeArticle(article));
    await expect(preview.frame.locator('h1')).toContainText(marker);
    await preview.settled();
    const frame = page.frame({ url: /about:srcdoc/ })!;
    const report = await frame.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = !details.open;
      for (const element of Array.from(document.querySelectorAll('body *'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error', 'click']) element.dispatchEvent(new Event(type));
      }
      const handlers = Array.from(document.querySelectorAll('*')).filter((element) => Array.from(element.attributes).some((attribute) => /^on/i.test(attribute.name)));
      const scripts = Array.from(document.querySelectorAll('script')).filter((script) => script.type !== 'application/ld+json');
      const scriptUrls = [...Array.from(document.links).map((a) => a.href), ...Array.from(document.images).map((img) => img.src)].filter((url) => /^(javascript|vbscript|data):/i.test(url));
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        handlers: handlers.map((element) => element.outerHTML.slice(0, 80)),
        scripts: scripts.map((script) => script.outerHTML.slice(0, 80)),
        embeds: Array.from(document.querySelectorAll('iframe, object, embed, form, base, meta[http-equiv="refresh"]')).map((element) => element.outerHTML.slice(0, 80)),
        scriptUrls,
      };
    });
    expect(report, payload).toEqual({ pwned: null, handlers: [], scripts: [], embeds: [], scriptUrls: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null), payload).toBeNull();
    expect(dialog, payload).toBeNull();
  }
  // The app is still the app: nothing navigated it away.
  await expect(studio.editor).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
});
