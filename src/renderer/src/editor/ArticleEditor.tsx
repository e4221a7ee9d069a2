import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, WorkspaceInfo } from '../../../core/api';
import { FrontmatterForm } from '../frontmatter/FrontmatterForm';
import { oneOf, useStoredState } from '../lib/use-stored-state';
import { BodyEditor } from './BodyEditor';
import { CompareDialog } from './CompareDialog';
import { textareaBridge, type EditorBridge } from './editor-bridge';
import { headOf } from './head-of';
import { useEditorHelpers } from './EditorHelpers';
import { useArticleDocument } from './use-article-document';

interface Props {
  readonly path: string;
  readonly workspace: WorkspaceInfo | null;
  readonly articles: readonly ArticleSummary[];
  /** Image files of the workspace, for the page image field. */
  readonly images: readonly string[];
  /** The editor's whole file text, after each change has painted: the preview and the checks follow it. */
  readonly onText: (path: string, text: string) => void;
  readonly autosave: boolean;
  readonly colorMode: 'light' | 'dark';
  readonly onSaved: () => void;
  readonly onDirtyChange: (path: string, dirty: boolean) => void;
  /** The editor scrolled: the body line now at its top, of how many. */
  readonly onScrollLine: (line: number) => void;
}

export interface ArticleEditorHandle {
  /** Saves unsaved edits; resolves false when they could not be saved (and the editor shows why). */
  flush(): Promise<boolean>;
  save(): Promise<boolean>;
  focus(): void;
  /** The body editor, for helpers and fixes; null until the article is open. */
  bridge(): EditorBridge | null;
  /** Shows a 1-based line of the file: a frontmatter line in the form, a body line in the editor. */
  goToFileLine(line: number): void;
  /** The whole file as the editor holds it, and a way to replace it (fixes that touch the frontmatter). */
  text(): string | null;
  setText(text: string): void;
}

type EditorTab = 'body' | 'fields';

/**
 * One open article: the body editor, the fields form, the save state and
 * the conflict bar. A keystroke reaches the document (and through it the
 * preview, the checks and the dirty marker) only after it is painted.
 */
export const ArticleEditor = forwardRef<ArticleEditorHandle, Props>(function ArticleEditor({ path, workspace, articles, images, onText, autosave, colorMode, onSaved, onDirtyChange, onScrollLine }, ref) {
  const { doc, loadError, dirty, typed, settle, latest, setFileText, save, flush, takeTheirs } = useArticleDocument(path, onSaved, autosave);
  const [tab, setTab] = useStoredState<EditorTab>('editor-tab', 'body', oneOf('body', 'fields'));
  const [comparing, setComparing] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const bridge = useRef<EditorBridge | null>(null);
  const helpers = useEditorHelpers({ path, workspace, articles, bridge, body: doc?.editorBody ?? '' });
  const textareaProps = useMemo(() => ({ 'aria-label': 'Article body (Markdown)', spellCheck: true, ...helpers.textareaProps }), [helpers.textareaProps]);
  const ready = doc !== null;
  useEffect(() => {
    const textarea = body.current?.querySelector('textarea');
    bridge.current = textarea ? textareaBridge(textarea, settle) : null;
  }, [ready, settle]);

  useImperativeHandle(
    ref,
    () => ({
      flush,
      save: () => save(),
      focus: () => body.current?.querySelector('textarea')?.focus(),
      bridge: () => bridge.current,
      goToFileLine: (line) => {
        const bodyLine = doc?.head ? (doc.head.match(/\n/g)?.length ?? 0) + 1 : 1;
        if (doc?.head && line < bodyLine) {
          setTab('fields');
          return;
        }
        setTab('body');
        // The body editor must be visible before it can take the caret.
        requestAnimationFrame(() => bridge.current?.goToLine(line - bodyLine + 1));
      },
      // The newest text, a keystroke not yet applied included.
      text: () => latest()?.text ?? null,
      setText: setFileText,
    }),
    [flush, save, doc, setTab, setFileText, latest],
  );

  useEffect(() => onDirtyChange(path, dirty), [path, dirty, onDirtyChange]);
  // Leaving the article (it was saved first, or discarded) clears its marker.
  useEffect(() => () => onDirtyChange(path, false), [path, onDirtyChange]);
  // After the keystroke has painted: the preview renders in its worker.
  const text = doc?.text;
  useEffect(() => {
    if (text !== undefined) onText(path, text);
  }, [onText, path, text]);

  // The toolbar's icons are decoration: each button already has its label.
  useEffect(() => {
    for (const icon of body.current?.querySelectorAll('.w-md-editor-toolbar svg') ?? []) icon.setAttribute('aria-hidden', 'true');
  }, [ready]);

  // The preview follows the editor: the line at the top, from the scroll
  // fraction of whichever element scrolls (the text box itself, here).
  useEffect(() => {
    const textarea = body.current?.querySelector('textarea');
    const area = body.current?.querySelector<HTMLElement>('.w-md-editor-area');
    if (!textarea) return;
    let frame = 0;
    const onScroll = (event: Event) => {
      const scroller = event.currentTarget as HTMLElement;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const lines = (textarea.value.match(/\n/g)?.length ?? 0) + 1;
        const range = Math.max(1, scroller.scrollHeight - scroller.clientHeight);
        onScrollLine(1 + (scroller.scrollTop / range) * (lines - 1));
      });
    };
    const scrollers = [textarea, area].filter((element): element is HTMLElement => element !== null && element !== undefined);
    for (const scroller of scrollers) scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      for (const scroller of scrollers) scroller.removeEventListener('scroll', onScroll);
    };
  }, [ready, onScrollLine]);

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
        <div className="editor-tabs" role="tablist" aria-label="Edit">
          {(['body', 'fields'] as const).map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
              {id === 'body' ? 'Body' : 'Fields'}
            </button>
          ))}
        </div>
        <span className="save-state" data-testid="save-state" data-state={doc.saveState}>
          {SAVE_LABELS[doc.saveState]}
        </span>
        <button type="button" onClick={() => void save()} disabled={doc.saveState === 'saved' || doc.saveState === 'saving'} title="Save (Ctrl+S)">
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
              <button type="button" onClick={() => setComparing(true)}>
                Compare
              </button>
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
      {tab === 'fields' && workspace && (
        <FrontmatterForm
          text={doc.text}
          head={doc.head ?? (doc.problem === null ? headOf(doc.text) : null)}
          problem={doc.problem}
          settings={workspace.settings}
          images={images}
          onChange={setFileText}
          onGoToLine={(line) => {
            setTab('body');
            requestAnimationFrame(() => bridge.current?.goToLine(line));
          }}
        />
      )}
      <div className="editor-body" data-color-mode={colorMode} ref={body} hidden={tab === 'fields'}>
        <BodyEditor seed={doc.seed} onTyped={typed} commands={helpers.commands} textareaProps={textareaProps} />
      </div>
      {tab === 'body' && helpers.panels}
      <CompareDialog
        open={comparing}
        path={path}
        mine={doc.text}
        onClose={() => setComparing(false)}
        onKeepMine={() => {
          setComparing(false);
          void save({ overwrite: true });
        }}
        onTakeTheirs={() => {
          setComparing(false);
          void takeTheirs();
        }}
      />
    </section>
  );
});

const SAVE_LABELS = { saved: 'Saved', dirty: 'Unsaved changes', saving: 'Saving…', error: 'Not saved' } as const;
