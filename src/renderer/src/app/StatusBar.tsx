import { useSyncExternalStore } from 'react';
import type { PreviewChannel } from '../preview/preview-channel';

interface Props {
  readonly channel: PreviewChannel;
  readonly autosave: boolean;
  readonly onAutosaveChange: (on: boolean) => void;
}

/** Word count and reading time of the open article, and the autosave setting. */
export function StatusBar({ channel, autosave, onAutosaveChange }: Props) {
  const { stats, path } = useSyncExternalStore(channel.subscribe, channel.getView);
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="word-count">{path && stats ? `${stats.words.toLocaleString()} words · ${stats.readingMinutes} min read` : ''}</span>
      <label className="status-toggle">
        <input type="checkbox" checked={autosave} onChange={(event) => onAutosaveChange(event.target.checked)} /> Autosave
      </label>
    </footer>
  );
}
