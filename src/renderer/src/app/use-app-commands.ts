import { useEffect, useEffectEvent } from 'react';
import { studio } from '../lib/api';
import type { AppCommand } from '../../../core/api';
import { commandForKey } from './commands';

/**
 * Runs app commands from the keyboard (captured before the editor sees the
 * keys) and from the desktop menu, which arrives as a workspace event.
 */
export function useAppCommands(run: (command: AppCommand) => void): void {
  const runLatest = useEffectEvent(run);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      runLatest(command);
    };
    window.addEventListener('keydown', onKeyDown, true);
    const stopListening = studio.onWorkspaceEvent((event) => {
      if (event.kind === 'command') runLatest(event.command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stopListening();
    };
  }, []);
}
