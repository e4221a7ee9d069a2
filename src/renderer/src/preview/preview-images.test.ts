import { describe, expect, it } from 'vitest';
import { pointImagesAtWorkspace, workspaceFileUrl } from './preview-images';

const settings = { siteUrl: 'https://example.com' };

describe('pointImagesAtWorkspace', () => {
  it('loads root-relative, page-relative and own-site images from the workspace route', () => {
    const html = '<p><img src="/assets/a b.png" alt="x"><img src="pic.jpg" alt=""><img src="https://example.com/assets/c.webp" alt=""></p>';
    expect(pointImagesAtWorkspace(html, '/guides/post', settings)).toBe(
      '<p><img src="/workspace-files/assets/a%20b.png" alt="x"><img src="/workspace-files/guides/pic.jpg" alt=""><img src="/workspace-files/assets/c.webp" alt=""></p>',
    );
  });

  it('leaves other sites’ images and everything that is not an img alone', () => {
    const html = '<img src="https://cdn.example.org/x.png" alt=""><a href="/assets/file.pdf">pdf</a><meta content="/assets/y.png">';
    expect(pointImagesAtWorkspace(html, '/post', settings)).toBe(html);
  });

  it('decodes the attribute before resolving, so an escaped name still finds its file', () => {
    expect(pointImagesAtWorkspace('<img src="/assets/a&amp;b.png" alt="">', '/post', settings)).toBe('<img src="/workspace-files/assets/a%26b.png" alt="">');
  });
});

describe('workspaceFileUrl', () => {
  it('encodes each name so ?, # and % stay part of the file name', () => {
    expect(workspaceFileUrl('assets/what?#100%.png')).toBe('/workspace-files/assets/what%3F%23100%25.png');
  });
});
