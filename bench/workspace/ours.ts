import { openWorkspace, type WorkspaceService } from '../../src/node/workspace';
import type { ListFn } from './listing';

let service: WorkspaceService | null = null;

/**
 * Our listing as the app runs it: one workspace service, opened on the first
 * call (so the cold figure includes opening it) and kept for later calls, as
 * the app keeps it while a workspace is open. The watcher is off: it is not
 * part of listing, and starting it would read the tree a second time.
 */
export const list: ListFn = async (root) => {
  service ??= await openWorkspace(root, { watch: false });
  const articles = await service.listArticles();
  return articles.map((article) => ({ path: article.path, title: article.title, date: article.date }));
};

export async function close(): Promise<void> {
  await service?.close();
}
