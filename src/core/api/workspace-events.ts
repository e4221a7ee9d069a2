import type { ArticleEvent, WorkspaceEvent } from './studio-api';

/**
 * Narrows to the events about an article file, the ones that carry a `path`.
 * Listeners that react to files use it to pass over export progress (and any
 * kind added later) instead of reading a `path` that is not there.
 */
export function isArticleEvent(event: WorkspaceEvent): event is ArticleEvent {
  return event.kind === 'changed' || event.kind === 'added' || event.kind === 'removed';
}
