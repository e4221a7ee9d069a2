import { check, LinkState } from 'linkinator';

export interface LinkReport {
  /** `<path> <status> (on <page>)` for every broken link, site paths without the server origin. */
  readonly broken: string[];
  /** Every site path that answered, pages and files alike. */
  readonly ok: string[];
}

/**
 * Crawls an export folder with linkinator's own static server, from the
 * front page and the 404 page (which nothing links to). Only links into the
 * served site are followed; absolute http(s) URLs elsewhere (the canonical
 * https://quiet-ink.example/..., MDN, Google) are skipped: this machine is
 * offline, and they are not the export's to get right.
 */
export async function checkExportedLinks(site: string): Promise<LinkReport> {
  const result = await check({
    // '' is the site root: linkinator only recurses into links under a start path, so the crawl must start at '/'.
    path: ['', '404.html'],
    serverRoot: site,
    recurse: true,
    // Gentle on a loaded 2-core machine: a request that times out would be reported as a broken link.
    concurrency: 16,
    timeout: 30_000,
    retryErrors: true,
    retryErrorsCount: 2,
    linksToSkip: async (link) => {
      const url = new URL(link);
      return url.hostname !== 'localhost' || url.protocol !== 'http:';
    },
  });
  // linkinator reports its own server's URLs relative to the root (`./`, `guides/x`); give them back their leading slash.
  const local = (url: string | undefined) => (url === undefined ? '?' : /^[a-z]+:/i.test(url) ? url : `/${url.replace(/^\.\/?/, '')}`);
  return {
    broken: result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${local(link.url)} ${link.status ?? '?'} (on ${local(link.parent)})`),
    ok: result.links.filter((link) => link.state === LinkState.OK).map((link) => local(link.url)),
  };
}
