import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown';
import { assetFolderFor, fileSizeLabel, imageMarkdown, largeImageWarning, numberedName, safeAssetName } from './index';

describe('asset paths', () => {
  it('puts an article\'s images in a folder named after it', () => {
    expect(assetFolderFor('guides/offline-writing.md')).toBe('assets/guides/offline-writing');
    expect(assetFolderFor('Notes.MD')).toBe('assets/Notes');
  });

  it('names files safely, with the extension of their real type', () => {
    expect(safeAssetName('Screenshot 2025-01-02 at 10.11.12.png', 'png')).toBe('screenshot-2025-01-02-at-10-11-12.png');
    expect(safeAssetName('Café Menü.JPEG', 'jpeg')).toBe('cafe-menu.jpg');
    expect(safeAssetName('..\\..\\evil/../x.gif', 'gif')).toBe('x.gif');
    expect(safeAssetName('截图.png', 'png')).toBe('image.png');
    expect(safeAssetName('photo.png', 'webp')).toBe('photo.webp');
    expect(safeAssetName(`${'a'.repeat(300)}.png`, 'png')).toBe(`${'a'.repeat(60)}.png`);
    expect(safeAssetName('.hidden', 'png')).toBe('image.png');
  });

  it('numbers names that are taken', () => {
    expect([1, 2, 3].map((n) => numberedName('chart.png', n))).toEqual(['chart.png', 'chart-2.png', 'chart-3.png']);
  });

  it('writes image Markdown with a root-relative URL, the alt text rendered as typed', () => {
    expect(imageMarkdown('A [chart]\nof sales', 'assets/guides/a.png')).toBe('![A [chart] of sales](/assets/guides/a.png)');
    for (const alt of ['A [chart] of sales', '[[nested] pairs]', '5 * 3 = "15" & <b>']) {
      expect(renderMarkdown(imageMarkdown(alt, 'assets/a.png'))).toContain(`alt="${alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
    }
    // A lone bracket must be escaped to keep the image an image (markdown-it then leaves it out of the alt text).
    expect(imageMarkdown('Unbalanced ] and [ brackets', 'assets/a.png')).toBe('![Unbalanced \\] and \\[ brackets](/assets/a.png)');
    expect(renderMarkdown(imageMarkdown('Unbalanced ] and [ brackets', 'assets/a.png'))).toContain('<img src="/assets/a.png"');
    expect(imageMarkdown('x', 'assets/My Notes (old)/a.png')).toBe('![x](/assets/My%20Notes%20%28old%29/a.png)');
  });
});

describe('large images', () => {
  it('warns with the size in MB and pixels', () => {
    expect(largeImageWarning(200_000, 1200, 800)).toBeNull();
    expect(largeImageWarning(3.5 * 1024 * 1024, 6000, 4000)).toBe(
      'This image is 3.5 MB, 6,000 × 4,000 px: large images make the page slow to load. Consider: resize it to at most 2,560 px on its longer side.',
    );
    expect(largeImageWarning(2 * 1024 * 1024, 1600, 900)).toMatch(/^This image is 2\.0 MB, 1,600 × 900 px: .*compress it\.$/);
    expect(largeImageWarning(100_000, 3000, null)).toMatch(/0\.1 MB, of unknown size/);
    expect([fileSizeLabel(300), fileSizeLabel(240_000), fileSizeLabel(3_565_158)]).toEqual(['1 KB', '234 KB', '3.4 MB']);
  });
});
