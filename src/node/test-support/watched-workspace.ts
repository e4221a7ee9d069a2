import { afterEach } from 'vitest';
import { isArticleEvent, type ArticleEvent } from '../../core/api';
import { openWorkspace } from '../workspace';
import type { WorkspaceService } from '../workspace/workspace-options';
import { makeTempWorkspace } from './temp-workspace';

export interface WatchedWorkspace {
  readonly ws: WorkspaceService;
  readonly root: string;
  /** Every article event the service reported, in order. */
  readonly events: ArticleEvent[];
}

/**
 * Temporary workspaces opened with their watcher running and listed once
 * (so outside changes are reported from then on), closed and removed after
 * each test. Call at the top level of a test file.
 */
export function watchedWorkspaces(): (files: Record<string, string>) => Promise<WatchedWorkspace> {
  let cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.map((dispose) => dispose()));
    cleanups = [];
  });
  return async (files) => {
    const temp = await makeTempWorkspace(files);
    const ws = await openWorkspace(temp.root);
    cleanups.push(async () => {
      await ws.close();
      await temp.dispose();
    });
    const events: ArticleEvent[] = [];
    ws.onWorkspaceEvent((event) => {
      if (isArticleEvent(event)) events.push(event);
    });
    await ws.watching();
    await ws.listArticles();
    return { ws, root: temp.root, events };
  };
}
