import { useCallback, useEffect, useRef, useState } from 'react';
import { StudioError, type WorkspaceEvent } from '../../../core/api';
import { isArticleError, parseArticle } from '../../../core/article';
import { studio } from '../lib/api';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export interface ArticleDocument {
  readonly path: string;
  /** The whole file as it is in the editor now. */
  readonly text: string;
  /** Bytes before the body (BOM, frontmatter, delimiters), kept verbatim; null when the frontmatter does not parse. */
  readonly head: string | null;
  readonly body: string;
  /** Why the frontmatter cannot be used; the writer then edits the raw file. */
  readonly problem: { readonly message: string; readonly line: number } | null;
  readonly saveState: SaveState;
  readonly message: string | null;
  /** The file changed on disk while we had unsaved edits. */
  readonly conflict: boolean;
}

function split(path: string, text: string): Pick<ArticleDocument, 'path' | 'text' | 'head' | 'body' | 'problem'> {
  try {
    const article = parseArticle(text);
    return { path, text, head: text.slice(0, article.layout.bodyStart), body: article.body, problem: null };
  } catch (error) {
    if (!isArticleError(error)) throw error;
    return { path, text, head: null, body: text, problem: { message: error.reason, line: error.line } };
  }
}

/**
 * One open article: its text, whether it differs from disk, saving with the
 * hash it was read at (so another program's change is never overwritten
 * silently), and reloading when it changes on disk while clean.
 */
export function useArticleDocument(path: string | null, onSaved: () => void) {
  const [doc, setDoc] = useState<ArticleDocument | null>(null);
  /** Why the article could not be opened; there is then nothing to edit, so nothing can be saved over it. */
  const [loadError, setLoadError] = useState<string | null>(null);
  const baseHash = useRef<string | null>(null);
  const savedText = useRef<string>('');
  const current = useRef<ArticleDocument | null>(null);
  current.current = doc;

  const load = useCallback(async (target: string) => {
    const file = await studio.readArticle(target);
    baseHash.current = file.hash;
    savedText.current = file.text;
    setDoc({ ...split(target, file.text), saveState: 'saved', message: null, conflict: false });
    setLoadError(null);
  }, []);

  useEffect(() => {
    setDoc(null);
    setLoadError(null);
    if (path) load(path).catch((error: Error) => setLoadError(error.message));
  }, [path, load]);

  useEffect(
    () =>
      studio.onWorkspaceEvent((event: WorkspaceEvent) => {
        const open = current.current;
        if (!open || event.path !== open.path) return;
        if (event.kind !== 'removed' && event.hash === baseHash.current) return;
        if (open.saveState === 'saved') {
          if (event.kind !== 'removed') void load(open.path);
          else setDoc({ ...open, message: `${open.path} was deleted by another program; saving will recreate it.` });
        } else {
          setDoc({ ...open, conflict: true, message: `${open.path} was changed by another program while you were editing.` });
        }
      }),
    [load],
  );

  const setBody = useCallback((body: string) => {
    setDoc((open) => {
      if (!open) return open;
      const text = open.head === null ? body : open.head + body;
      return { ...open, text, body, saveState: text === savedText.current ? 'saved' : 'dirty' };
    });
  }, []);

  const save = useCallback(
    async (options: { overwrite?: boolean } = {}) => {
      const open = current.current;
      if (!open || (open.saveState === 'saved' && !options.overwrite)) return;
      const text = open.text;
      setDoc({ ...open, saveState: 'saving' });
      try {
        const saved = await studio.saveArticle(open.path, text, options.overwrite ? null : baseHash.current);
        baseHash.current = saved.hash;
        savedText.current = text;
        setDoc((latest) => latest && { ...split(latest.path, latest.text), saveState: latest.text === text ? 'saved' : 'dirty', message: null, conflict: false });
        onSaved();
      } catch (error) {
        const conflict = error instanceof StudioError && error.code === 'CONFLICT';
        setDoc((latest) => latest && { ...latest, saveState: 'error', conflict, message: (error as Error).message });
      }
    },
    [onSaved],
  );

  const takeTheirs = useCallback(async () => {
    if (current.current) await load(current.current.path);
  }, [load]);

  return { doc, loadError, setBody, save, takeTheirs };
}
