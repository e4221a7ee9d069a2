import MDEditor from '@uiw/react-md-editor/nohighlight';
import { forwardRef, useEffect, useImperativeHandle } from 'react';
import { useArticleDocument } from './use-article-document';

interface Props {
  readonly path: string;
  readonly onSaved: () => void;
  readonly onDirtyChange: (path: string, dirty: boolean) => void;
}

export interface ArticleEditorHandle {
  /** Saves unsaved edits; resolves false when they could not be saved (and the editor shows why). */
  flush(): Promise<boolean>;
}

/**
 * The body editor. Highlighting and the editor's own preview are off: they
 * are what make typing slow in long articles, and the preview is ours.
 */
export const ArticleEditor = forwardRef<ArticleEditorHandle, Props>(function ArticleEditor({ path, onSaved, onDirtyChange }, ref) {
  const { doc, loadError, dirty, setEditorBody, save, takeTheirs } = useArticleDocument(path, onSaved);

  useImperativeHandle(ref, () => ({ flush: () => (dirty ? save() : Promise.resolve(true)) }), [dirty, save]);

  useEffect(() => onDirtyChange(path, dirty), [path, dirty, onDirtyChange]);
  // Leaving the article (it was saved first, or discarded) clears its marker.
  useEffect(() => () => onDirtyChange(path, false), [path, onDirtyChange]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [save]);

  if (loadError) {
    return (
      <p className="notice notice-error" role="alert">
        Could not open {path}: {loadError}
      </p>
    );
  }
  if (!doc) return <div className="editor-empty">Opening {path}…</div>;

  return (
    <section className="editor" data-testid="editor" aria-label={`Editing ${path}`}>
      <header className="editor-header">
        <h2 className="editor-path">{path}</h2>
        <span className="save-state" data-testid="save-state" data-state={doc.saveState}>
          {SAVE_LABELS[doc.saveState]}
        </span>
        <button type="button" onClick={() => void save()} disabled={doc.saveState === 'saved' || doc.saveState === 'saving'}>
          Save
        </button>
      </header>
      {doc.problem && (
        <p className="notice notice-error" role="alert">
          Frontmatter error on line {doc.problem.line}: {doc.problem.message}. You are editing the raw file; fix the frontmatter and save.
        </p>
      )}
      {doc.message && (
        <div className={`notice ${doc.conflict ? 'notice-conflict' : 'notice-error'}`} role="alert" data-testid="editor-message">
          <span>{doc.message}</span>
          {doc.conflict && (
            <>
              <button type="button" onClick={() => void takeTheirs()}>
                Take theirs
              </button>
              <button type="button" onClick={() => void save({ overwrite: true })}>
                Keep mine
              </button>
            </>
          )}
        </div>
      )}
      <div className="editor-body" data-color-mode="light">
        <MDEditor
          value={doc.editorBody}
          onChange={(value) => setEditorBody(value ?? '')}
          preview="edit"
          highlightEnable={false}
          height="100%"
          visibleDragbar={false}
          textareaProps={{ 'aria-label': 'Article body (Markdown)', spellCheck: true }}
        />
      </div>
    </section>
  );
});

const SAVE_LABELS = { saved: 'Saved', dirty: 'Unsaved changes', saving: 'Saving…', error: 'Not saved' } as const;
