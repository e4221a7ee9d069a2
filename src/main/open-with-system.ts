import { shell } from 'electron';

/**
 * Opens a file with the system's default application: an export's
 * index.html in the writer's browser. `shell.openPath` resolves with an error
 * message instead of rejecting, so an empty string is the only success.
 */
export async function openWithSystem(absolutePath: string): Promise<void> {
  const problem = await shell.openPath(absolutePath);
  if (problem) throw new Error(problem);
}
