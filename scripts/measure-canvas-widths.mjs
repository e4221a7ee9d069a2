#!/usr/bin/env node
/**
 * Prints what Chromium's canvas measures for texts, to check
 * src/core/seo/arial-advances.ts and arial-kerning.ts against (the values in text-width.test.ts
 * come from here). Debian's Chromium draws "Arial" with Liberation Sans.
 *
 *     node scripts/measure-canvas-widths.mjs '20px Arial' 'Some title' 'Another'
 */
import process from 'node:process';
import { chromium } from '@playwright/test';

const [font, ...texts] = process.argv.slice(2);
if (!font || texts.length === 0) {
  process.stderr.write("usage: node scripts/measure-canvas-widths.mjs '<css font>' <text>...\n");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  const widths = await page.evaluate(
    ({ font, texts }) => {
      // Runs in the page.
      // eslint-disable-next-line no-undef
      const context = document.createElement('canvas').getContext('2d');
      context.font = font;
      return texts.map((text) => context.measureText(text).width);
    },
    { font, texts },
  );
  texts.forEach((text, index) => process.stdout.write(`${widths[index]}\t${JSON.stringify(text)}\n`));
} finally {
  await browser.close();
}
