import { describe, expect, it } from 'vitest';
import type { WorkspaceEvent } from './studio-api';
import { isArticleEvent } from './workspace-events';

describe('isArticleEvent', () => {
  it('matches the events about an article file', () => {
    const events: WorkspaceEvent[] = [
      { kind: 'changed', path: 'a.md', hash: 'h' },
      { kind: 'added', path: 'a.md', hash: 'h' },
      { kind: 'removed', path: 'a.md' },
    ];
    expect(events.filter(isArticleEvent)).toEqual(events);
  });

  it('passes over export progress and menu commands', () => {
    const events: WorkspaceEvent[] = [
      { kind: 'export-progress', done: 1, total: 2, current: 'a.md' },
      { kind: 'command', command: 'save' },
      { kind: 'command', command: 'open-folder' },
    ];
    expect(events.filter(isArticleEvent)).toEqual([]);
  });
});
