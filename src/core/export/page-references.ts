import type { Article } from '../article';
import type { ArticleFacts } from '../facts';
import { frontmatterKeyLine } from '../facts/frontmatter-values';
import type { RenderedMarkdown } from '../markdown';
import type { WorkspaceSettings } from '../site';
import { resolveReference } from './references';

/** What a page points at inside the site, with the file line that does it. */
export interface PageReferences {
  /** Workspace files the page uses (images, downloads). */
  readonly files: readonly { readonly path: string; readonly line: number }[];
  /** Links to article URLs. */
  readonly pageLinks: readonly { readonly urlPath: string; readonly line: number }[];
}

/**
 * Every internal reference of a page: body images and links, the `image`
 * field (og:image ships with the page when it is one of ours) and the
 * breadcrumb links. The export copies and checks these; the SEO checks
 * check the same list against the workspace.
 */
export function pageReferences(
  page: { readonly urlPath: string; readonly article: Article },
  facts: Pick<ArticleFacts, 'crumbs'>,
  outline: Pick<RenderedMarkdown, 'images' | 'links'>,
  settings: WorkspaceSettings,
): PageReferences {
  const files: { path: string; line: number }[] = [];
  const pageLinks: { urlPath: string; line: number }[] = [];
  const note = (reference: string, line: number) => {
    const resolved = resolveReference(reference, page.urlPath, settings);
    if (resolved.kind === 'file') files.push({ path: resolved.path, line });
    if (resolved.kind === 'page') pageLinks.push({ urlPath: resolved.urlPath, line });
  };
  for (const image of outline.images) note(image.src, image.line);
  for (const link of outline.links) note(link.href, link.line);
  const imageField = page.article.data.image;
  if (typeof imageField === 'string') note(imageField, frontmatterKeyLine(page.article, 'image') ?? 1);
  // The breadcrumb trail links pages too (through breadcrumbLinks); a crumb
  // pointing at a page the site does not have is as broken as a body link.
  const crumbsLine = frontmatterKeyLine(page.article, 'breadcrumbs') ?? 1;
  for (const crumb of facts.crumbs.slice(0, -1)) if (crumb.url) note(crumb.url, crumbsLine);
  return { files, pageLinks };
}

