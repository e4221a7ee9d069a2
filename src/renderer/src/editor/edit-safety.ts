import { useEffect } from 'react';
import type { ArticleDocument } from './use-article-document';

/** Quiet time after the last keystroke before the edits are backed up. */
export const BACKUP_DELAY_MS = 400;
/** Quiet time before autosave writes the file itself. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Keeps a copy of unsaved edits outside the workspace, a moment after each
 * pause in typing, so a crash or a killed process loses at most that moment.
 * When the text goes back to what is on disk, the copy is dropped.
 */
export function useEditBackup(doc: ArticleDocument | null, dirty: boolean, write: (path: string, text: string) => void, drop: (path: string) => void): void {
  const path = doc?.path;
  const text = doc?.text;
  useEffect(() => {
    if (path === undefined || text === undefined) return;
    if (!dirty) return drop(path);
    const timer = setTimeout(() => write(path, text), BACKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [path, text, dirty, write, drop]);
}

/**
 * Saves after a pause in typing when the writer wants it. Never while the
 * file is in conflict with the disk (that needs the writer's decision) or
 * after a failed save (the error stays visible until they act).
 */
export function useAutosave(doc: ArticleDocument | null, enabled: boolean, save: () => Promise<boolean>): void {
  const due = enabled && doc !== null && doc.saveState === 'dirty' && !doc.conflict;
  const text = doc?.text;
  useEffect(() => {
    if (!due) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [due, text, save]);
}
