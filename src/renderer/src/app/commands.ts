import type { AppCommand } from '../../../core/api';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

const WITH_MOD: Record<string, AppCommand> = {
  s: 'save',
  p: 'quick-open',
  n: 'new-article',
  e: 'export',
  o: 'open-folder',
  '\\': 'toggle-preview',
  '1': 'focus-library',
  '2': 'focus-editor',
  '3': 'focus-preview',
};

/**
 * Ctrl (Cmd on macOS) plus a key. Browsers keep Ctrl+N and Ctrl+1..3 for
 * themselves, so Ctrl+Alt gives the same commands in web mode.
 */
export function commandForKey(event: KeyLike): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey) return null;
  return WITH_MOD[event.key.toLowerCase()] ?? null;
}

/** How a command's shortcut is shown in titles and the help. */
export function shortcutLabel(command: AppCommand, mac: boolean): string {
  const key = Object.entries(WITH_MOD).find(([, value]) => value === command)?.[0];
  if (!key) return '';
  return `${mac ? '⌘' : 'Ctrl+'}${key.toUpperCase()}`;
}
