import { app } from 'electron';

/** Long enough for a pending atomic save, short enough that a stuck watcher never keeps the app alive. */
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Holds the quit until the host has closed its workspace (pending saves
 * finish first, the file watcher stops), then lets it proceed.
 */
export function setupShutdown(service: { close(): Promise<void> }): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        console.error('Article Studio: the workspace did not close in time; quitting anyway.');
        resolve();
      }, CLOSE_TIMEOUT_MS);
    });
    Promise.race([service.close(), timeout])
      .catch((error: unknown) => console.error('Article Studio: closing the workspace failed:', error))
      .finally(() => {
        clearTimeout(timer);
        closed = true;
        app.quit();
      });
  });
}
