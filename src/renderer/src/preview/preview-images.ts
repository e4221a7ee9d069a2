import { resolveReference } from '../../../core/export/references';
import type { WorkspaceSettings } from '../../../core/site';

/** The app's route that serves workspace images to the preview (web server and app:// protocol alike). */
export const WORKSPACE_FILES_ROUTE = '/workspace-files/';

export function workspaceFileUrl(path: string): string {
  return WORKSPACE_FILES_ROUTE + path.split('/').map(encodeURIComponent).join('/');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decodeAttribute = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]!);

/**
 * The one way the preview differs from the exported page: images of the
 * workspace load through the app's file route, because the preview is not
 * served from the site's root. Applied to the sanitiser's output, whose img
 * tags always carry a double-quoted src.
 */
export function pointImagesAtWorkspace(html: string, urlPath: string, settings: Pick<WorkspaceSettings, 'siteUrl'>): string {
  return html.replace(/<img\b[^>]*>/g, (tag) =>
    tag.replace(/\ssrc="([^"]*)"/, (attribute, value: string) => {
      const reference = resolveReference(decodeAttribute(value), urlPath, settings);
      return reference.kind === 'file' ? ` src="${workspaceFileUrl(reference.path).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : attribute;
    }),
  );
}
