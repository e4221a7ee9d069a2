import type { Finding } from '../seo/finding';
import type { ExportedPage, PageSummary } from './render-export-page';

/** Links from exported pages to article URLs the published site will not have. */
export function brokenPageLinks(page: { readonly summary: Pick<PageSummary, 'path'>; readonly pageLinks: ExportedPage['pageLinks'] }, publishedUrls: ReadonlySet<string>, knownUrls: ReadonlySet<string>): (Finding & { file: string })[] {
  const broken: (Finding & { file: string })[] = [];
  // A plain loop: every page of a thousand-page site is checked on every export, and almost none has a broken link.
  for (const link of page.pageLinks) {
    if (publishedUrls.has(link.urlPath)) continue;
    broken.push({
      file: page.summary.path,
      line: link.line,
      ruleId: 'export/broken-link',
      severity: 'error',
      message: knownUrls.has(link.urlPath)
        ? `Link to ${link.urlPath}, a draft: it is not exported, so the link would be broken`
        : `Link to ${link.urlPath}, which is no article in the workspace`,
    });
  }
  return broken;
}
