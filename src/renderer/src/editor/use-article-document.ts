import { useCallback, useEffect, useRef, useState } from 'react';
import { isArticleEvent, StudioError, type ArticleEvent, type WorkspaceEvent } from '../../../core/api';
import { articleHead, composeArticleText, detectLineEnding, endsAtClosingDelimiter, isArticleError, parseArticle, type LineEnding } from '../../../core/article';
import { studio } from '../lib/api';
import type { EditorSeed } from './BodyTextarea';
import { hasMixedLineEndings, patchFileBody } from './body-edit';
import { useAutosave, useEditBackup } from './edit-safety';
import { useTypedBody } from './use-typed-body';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export interface ArticleDocument {
  readonly path: string;
  /** The whole file as it is in the editor now. */
  readonly text: string;
  /** The body as the editor shows it: line breaks as '\n', which is all a textarea knows. */
  readonly editorBody: string;
  /** The body last put into the editor from outside (opening, a reload, the fields, a fix); typing leaves it alone. */
  readonly seed: EditorSeed;
  /** BOM, delimiters and frontmatter as in the file; null when the frontmatter does not parse. Changes only when the fields do. */
  readonly head: string | null;
  /** The body as in the file, with its own line endings (the whole file when `head` is null). */
  readonly fileBody: string;
  /** Why the frontmatter cannot be used; the writer then edits the raw file. */
  readonly problem: { readonly message: string; readonly line: number } | null;
  readonly saveState: SaveState;
  readonly message: string | null;
  /** The file changed (or went) on disk while we had unsaved edits. */
  readonly conflict: boolean;
}

/** How the loaded file is put back together from what the editor holds. */
interface FileShape {
  /** BOM, delimiters and frontmatter, verbatim; null when the frontmatter does not parse (the editor then holds the whole file). */
  readonly head: string | null;
  readonly bodyEol: LineEnding;
  readonly fileEol: LineEnding;
  /** The file ended right at its closing `---`: typed text starts on a new line. */
  readonly endsAtDelimiter: boolean;
}

function shapeOf(text: string): { shape: FileShape; editorBody: string; fileBody: string; problem: ArticleDocument['problem'] } {
  try {
    const article = parseArticle(text);
    const bodyEol = article.body.includes('\n') ? detectLineEnding(article.body) : article.eol;
    const shape = { head: articleHead(article), bodyEol, fileEol: article.eol, endsAtDelimiter: endsAtClosingDelimiter(article) };
    return { shape, editorBody: article.body.replace(/\r\n/g, '\n'), fileBody: article.body, problem: null };
  } catch (error) {
    if (!isArticleError(error)) throw error;
    const eol = detectLineEnding(text);
    return { shape: { head: null, bodyEol: eol, fileEol: eol, endsAtDelimiter: false }, editorBody: text.replace(/\r\n/g, '\n'), fileBody: text, problem: { message: error.reason, line: error.line } };
  }
}

/**
 * The editor's '\n' text back in the file's own line endings. A body that
 * mixes CRLF and LF is patched where the editor changed it, so the lines the
 * writer did not touch keep their endings; a uniform one is converted whole.
 */
function toFileText(shape: FileShape, editorBody: string, previous: Pick<ArticleDocument, 'editorBody' | 'fileBody'>): { text: string; fileBody: string } {
  const fileBody = hasMixedLineEndings(previous.fileBody)
    ? patchFileBody(previous.fileBody, previous.editorBody, editorBody, shape.bodyEol)
    : shape.bodyEol === '\r\n'
      ? editorBody.replace(/\r?\n/g, '\r\n')
      : editorBody;
  return { text: shape.head === null ? fileBody : composeArticleText(shape.head, fileBody, shape.fileEol, shape.endsAtDelimiter), fileBody };
}

/**
 * One open article: its text, whether it differs from disk, saving with the
 * hash it was read at (so another program's change is never overwritten
 * silently), saves queued one after another, and reloading when it changes
 * on disk while clean.
 */
export function useArticleDocument(path: string, onSaved: () => void, autosave: boolean) {
  const [doc, setDoc] = useState<ArticleDocument | null>(null);
  /** Why the article could not be opened; there is then nothing to edit, so nothing can be saved over it. */
  const [loadError, setLoadError] = useState<string | null>(null);
  const baseHash = useRef<string | null>(null);
  const savedText = useRef('');
  const shape = useRef<FileShape>({ head: null, bodyEol: '\n', fileEol: '\n', endsAtDelimiter: false });
  const current = useRef<ArticleDocument | null>(null);
  const saveChain = useRef<Promise<void>>(Promise.resolve());
  /** A backup of unsaved edits may exist outside the workspace. */
  const hasBackup = useRef(false);
  /** An outside change reported while a save was on its way. */
  const changedDuringSave = useRef<ArticleEvent | null>(null);
  current.current = doc;

  const setEditorBody = useCallback((editorBody: string) => {
    setDoc((open) => {
      if (!open) return open;
      const { text, fileBody } = toFileText(shape.current, editorBody, open);
      const saveState = open.saveState === 'saving' ? 'saving' : text === savedText.current ? 'saved' : 'dirty';
      return { ...open, text, editorBody, fileBody, saveState };
    });
  }, []);
  /** Typing: applied after the keystroke's paint; `settle` applies it now, before anything reads the document. */
  const { typed, settle } = useTypedBody(setEditorBody);

  const load = useCallback(async (target: string, options: { onlyIfUnchanged?: string; restoreBackup?: boolean } = {}) => {
    const file = await studio.readArticle(target);
    settle();
    const open = current.current;
    if (options.onlyIfUnchanged !== undefined && open && open.text !== options.onlyIfUnchanged) {
      // The writer typed while the new version was on its way: theirs must not replace it.
      setDoc({ ...open, conflict: true, message: `${target} was changed by another program while you were editing.` });
      return;
    }
    // Edits that never reached the file (a crash, a kill, a closed tab) come back, unsaved.
    const backup = options.restoreBackup ? await studio.readBackup(target).catch(() => null) : null;
    const restored = backup !== null && backup.text !== file.text ? backup : null;
    const text = restored?.text ?? file.text;
    const parsed = shapeOf(text);
    baseHash.current = file.hash;
    savedText.current = file.text;
    shape.current = parsed.shape;
    hasBackup.current = restored !== null;
    const stale = restored !== null && restored.baseHash !== file.hash;
    const when = restored ? new Date(restored.savedAt).toLocaleString() : '';
    setDoc({
      path: target,
      text,
      editorBody: parsed.editorBody,
      seed: { body: parsed.editorBody },
      fileBody: parsed.fileBody,
      head: parsed.shape.head,
      problem: parsed.problem,
      saveState: restored ? 'dirty' : 'saved',
      message: !restored ? null : stale ? `Restored unsaved edits from ${when}, made before ${target} changed on disk.` : `Restored unsaved edits from ${when}.`,
      conflict: stale,
    });
    setLoadError(null);
  }, [settle]);

  useEffect(() => {
    setDoc(null);
    setLoadError(null);
    load(path, { restoreBackup: true }).catch((error: Error) => setLoadError(error.message));
  }, [path, load]);

  useEffect(
    () =>
      studio.onWorkspaceEvent((event: WorkspaceEvent) => {
        const open = current.current;
        // Export progress and any other kind without a file are not about this article.
        if (!open || !isArticleEvent(event) || event.path !== open.path) return;
        if (event.kind !== 'removed' && event.hash === baseHash.current) return;
        if (open.saveState === 'saving') {
          changedDuringSave.current = event;
        } else if (open.saveState === 'saved' && event.kind !== 'removed') {
          void load(open.path, { onlyIfUnchanged: open.text });
        } else {
          const what = event.kind === 'removed' ? 'deleted' : 'changed';
          setDoc({ ...open, conflict: true, message: `${open.path} was ${what} by another program${open.saveState === 'saved' ? '' : ' while you were editing'}.` });
        }
      }),
    [load],
  );

  /** The frontmatter form and fixes change the whole file; the editor then shows the new body. */
  const setFileText = useCallback((text: string) => {
    settle();
    const parsed = shapeOf(text);
    shape.current = parsed.shape;
    setDoc((open) => {
      if (!open) return open;
      const saveState = open.saveState === 'saving' ? 'saving' : text === savedText.current ? 'saved' : 'dirty';
      return { ...open, text, editorBody: parsed.editorBody, seed: { body: parsed.editorBody }, fileBody: parsed.fileBody, head: parsed.shape.head, problem: parsed.problem, saveState };
    });
  }, [settle]);

  const saveOnce = useCallback(
    async (overwrite: boolean): Promise<boolean> => {
      settle();
      const open = current.current;
      if (!open) return true;
      const text = open.text;
      if (text === savedText.current && !overwrite && !open.conflict) return true;
      changedDuringSave.current = null;
      setDoc({ ...open, saveState: 'saving' });
      try {
        const saved = await studio.saveArticle(open.path, text, overwrite ? null : baseHash.current);
        baseHash.current = saved.hash;
        savedText.current = text;
        // The service drops the backup of a saved file.
        hasBackup.current = false;
        // The shape the editor's text is put back together with never changes
        // on a save: it rebuilds the saved text exactly, and switching it while
        // the editor holds text cut the old way (a frontmatter typed into the
        // body, a raw file whose YAML was fixed) or while a form edit set a newer
        // one would write the frontmatter twice or undo that edit. A raw-file
        // editor only stops reporting the problem once it is fixed; reopening
        // the article gives the body editor.
        const parsed = shapeOf(text);
        const fixed = open.head === null && parsed.problem === null;
        const outside = changedDuringSave.current as ArticleEvent | null;
        const conflict = outside !== null && (outside.kind === 'removed' || outside.hash !== saved.hash);
        setDoc((latest) =>
          latest && {
            ...latest,
            ...(fixed && latest.text === text ? { problem: null } : {}),
            saveState: latest.text === text ? 'saved' : 'dirty',
            conflict,
            message: conflict ? `${latest.path} was changed by another program while it was being saved.` : null,
          },
        );
        onSaved();
        return true;
      } catch (error) {
        const conflict = error instanceof StudioError && error.code === 'CONFLICT';
        setDoc((latest) => latest && { ...latest, saveState: 'error', conflict, message: (error as Error).message });
        return false;
      }
    },
    [onSaved, settle],
  );

  /** Saves now, after any save still running, with the hash that one produced. */
  const save = useCallback(
    (options: { overwrite?: boolean } = {}): Promise<boolean> => {
      const next = saveChain.current.then(() => saveOnce(options.overwrite === true));
      saveChain.current = next.then(() => undefined);
      return next;
    },
    [saveOnce],
  );

  const takeTheirs = useCallback(async () => {
    settle();
    const open = current.current;
    if (!open) return;
    await load(open.path).catch((error: Error) => setLoadError(error.message));
    // Behind any backup of the rejected text still on its way, or that one would outlive the discard.
    hasBackup.current = false;
    saveChain.current = saveChain.current.then(() => studio.discardBackup(open.path).catch(() => undefined));
    await saveChain.current;
  }, [load, settle]);

  /**
   * Saves until the editor matches the disk: text typed while a save was
   * running needs one more. Resolves false when a save fails.
   */
  const flush = useCallback(async (): Promise<boolean> => {
    for (let round = 0; round < 5; round += 1) {
      settle();
      const open = current.current;
      if (!open || open.text === savedText.current) return true;
      if (!(await save())) return false;
    }
    return current.current === null || current.current.text === savedText.current;
  }, [save, settle]);

  const dirty = doc !== null && doc.saveState !== 'saved';
  useEffect(() => {
    if (!dirty) return;
    // Closing the tab or window with unsaved edits asks first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  /**
   * Backups queue behind saves (and saves behind backups): a backup request
   * still on its way when a save starts would otherwise land after it and
   * outlive it, and bring back an older text on the next start.
   */
  const writeBackup = useCallback((target: string, text: string) => {
    saveChain.current = saveChain.current.then(async () => {
      if (text === savedText.current) return;
      hasBackup.current = true;
      // A failed backup must not interrupt writing; the next pause tries again.
      await studio.backupArticle(target, text, baseHash.current).catch(() => undefined);
    });
  }, []);
  const dropBackup = useCallback((target: string) => {
    if (!hasBackup.current) return;
    hasBackup.current = false;
    saveChain.current = saveChain.current.then(() => studio.discardBackup(target).catch(() => undefined));
  }, []);
  useEditBackup(doc, dirty, writeBackup, dropBackup);
  useAutosave(doc, autosave, save);

  /** The document with any typed text applied: for readers outside React's renders. */
  const latest = useCallback(() => {
    settle();
    return current.current;
  }, [settle]);

  return { doc, loadError, dirty, typed, settle, latest, setFileText, save, flush, takeTheirs };
}
