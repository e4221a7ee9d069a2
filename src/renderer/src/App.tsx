import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PanelImperativeHandle } from 'react-resizable-panels';
import { isArticleEvent, type ArticleSummary, type WorkspaceInfo } from '../../core/api';
import type { AppCommand } from '../../core/api';
import { EmptyEditor } from './app/EmptyEditor';
import { OpenWorkspaceDialog } from './app/OpenWorkspaceDialog';
import { StatusBar } from './app/StatusBar';
import { useAppCommands } from './app/use-app-commands';
import { usePreviewLinks } from './app/use-preview-links';
import { recallArticle, rememberArticle } from './app/use-last-article';
import { Workbench } from './app/Workbench';
import { ArticleEditor, type ArticleEditorHandle } from './editor/ArticleEditor';
import { ExportDialog } from './export/ExportDialog';
import { studio } from './lib/api';
import { useColorMode } from './lib/use-color-mode';
import { isBoolean, useStoredState } from './lib/use-stored-state';
import { ArticleDialog, type ArticleDialogRequest } from './library/ArticleDialog';
import { LibraryPane, type ArticleAction, type LibraryPaneHandle } from './library/LibraryPane';
import { QuickOpen } from './library/QuickOpen';
import { quietBeforeSending, untilQuiet } from './preview/input-quiet';
import { PreviewChannel, startPreviewWorker } from './preview/preview-channel';
import { PreviewPane, type PreviewPaneHandle } from './preview/PreviewPane';
import { ChecksChannel, startChecksWorker } from './checks/checks-channel';
import { ChecksView } from './checks/ChecksView';
import { applyFindingFix } from './checks/apply-finding';

type Dialog = 'export' | 'quick-open' | 'open-workspace' | null;

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export function App() {
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [images, setImages] = useState<string[]>([]);
  const [backupPaths, setBackupPaths] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelectedState] = useState<string | null>(null);
  const [dirtyPaths, setDirtyPaths] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [articleDialog, setArticleDialog] = useState<ArticleDialogRequest | null>(null);
  const [autosave, setAutosave] = useStoredState('autosave', true, isBoolean);
  const colorMode = useColorMode();
  const channel = useMemo(() => new PreviewChannel(startPreviewWorker(), (renderMs) => untilQuiet(quietBeforeSending(renderMs))), []);
  const checks = useMemo(() => new ChecksChannel(startChecksWorker()), []);
  const editor = useRef<ArticleEditorHandle>(null);
  const preview = useRef<PreviewPaneHandle>(null);
  const library = useRef<LibraryPaneHandle>(null);
  const previewPanel = useRef<PanelImperativeHandle | null>(null);
  const root = workspace?.root ?? null;

  const setSelected = useCallback(
    (path: string | null) => {
      setSelectedState(path);
      if (root) rememberArticle(root, path);
      if (path === null) {
        channel.clear();
        checks.clear();
      }
    },
    [channel, checks, root],
  );

  /** Switching articles saves the one being left first; if that fails, the writer stays on it. */
  const select = useCallback(
    async (path: string) => {
      if (editor.current && !(await editor.current.flush())) return;
      setSelected(path);
    },
    [setSelected],
  );

  /** The library: articles and which have unsaved-edit backups. After our own saves, only this changes. */
  const refreshList = useCallback((): Promise<ArticleSummary[]> => {
    studio.listBackups().then((paths) => setBackupPaths(new Set(paths)), () => undefined);
    return studio.listArticles().then(
      (list) => {
        setArticles(list);
        return list;
      },
      (e: Error) => {
        setError(e.message);
        return [];
      },
    );
  }, []);

  /** What the checks know of the rest of the workspace (other articles, every file): it reads them all, so only when files come, go or change elsewhere. */
  const refreshContext = useCallback(() => {
    studio.getLintContext().then(
      (context) => {
        checks.setContext(context);
        setImages(context.files.filter((file) => IMAGE_FILE.test(file)));
      },
      (e: Error) => setError(e.message),
    );
  }, [checks]);

  const refresh = useCallback(() => {
    void refreshList();
    refreshContext();
  }, [refreshList, refreshContext]);

  useEffect(() => {
    Promise.all([studio.getWorkspace(), refreshList()]).then(
      ([info, list]) => {
        setWorkspace(info);
        channel.setSettings(info.settings);
        checks.setSettings(info.settings);
        // Reopen the article the writer had open in this workspace, if it is still there.
        const last = recallArticle(info.root);
        if (last && list.some((article) => article.path === last)) setSelectedState((current) => current ?? last);
      },
      (e: Error) => setError(e.message),
    );
    refreshContext();
    // Only file changes change the list; export progress does not.
    return studio.onWorkspaceEvent((event) => {
      if (isArticleEvent(event)) refresh();
    });
  }, [refresh, refreshList, refreshContext, channel, checks]);

  const onDirtyChange = useCallback((path: string, dirty: boolean) => {
    setDirtyPaths((paths) => {
      if (paths.has(path) === dirty) return paths;
      const next = new Set(paths);
      if (dirty) next.add(path);
      else next.delete(path);
      return next;
    });
  }, []);

  useEffect(() => {
    const dirtyMark = selected && dirtyPaths.has(selected) ? '● ' : '';
    document.title = selected ? `${dirtyMark}${selected} — Article Studio` : 'Article Studio';
  }, [selected, dirtyPaths]);

  /** Rename and duplicate work on the file on disk: the open article is saved first, or the action waits. */
  const startAction = useCallback(
    async (action: ArticleAction) => {
      if (action !== 'new' && !selected) return;
      if (editor.current && !(await editor.current.flush())) {
        setNotice('The open article could not be saved; save it (or undo your changes) first.');
        return;
      }
      setArticleDialog({ action, path: selected });
    },
    [selected],
  );

  const runCommand = useCallback(
    (command: AppCommand) => {
      if (command === 'save') void editor.current?.save();
      else if (command === 'quick-open') setDialog('quick-open');
      else if (command === 'export') setDialog('export');
      else if (command === 'open-folder') setDialog('open-workspace');
      else if (command === 'new-article') void startAction('new');
      else if (command === 'focus-library') library.current?.focus();
      else if (command === 'focus-editor') editor.current?.focus();
      else if (command === 'focus-preview') preview.current?.focus();
      else if (command === 'toggle-preview') {
        const panel = previewPanel.current;
        if (panel?.isCollapsed()) panel.expand();
        else panel?.collapse();
      }
    },
    [startAction],
  );
  useAppCommands(runCommand);

  const { onLink, brokenLink } = usePreviewLinks({ workspace, articles, openArticle: (path) => void select(path), tell: setNotice });

  const openWorkspace = useCallback(async (root: string) => {
    if (editor.current && !(await editor.current.flush())) throw new Error('The open article could not be saved; save or undo your changes first.');
    await studio.openWorkspace(root);
    // Everything on screen belongs to the old workspace: start afresh.
    window.location.reload();
  }, []);

  const onText = useCallback(
    (path: string, text: string) => {
      channel.update(path, text);
      checks.update(path, text);
    },
    [channel, checks],
  );
  const onFix = useCallback(
    (finding: Parameters<typeof applyFindingFix>[1]) => {
      const problem = editor.current ? applyFindingFix(editor.current, finding, checks.getSnapshot().text) : 'No article is open.';
      if (problem) setNotice(problem);
    },
    [checks],
  );
  const onScrollLine = useCallback((line: number) => preview.current?.follow(line), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const markedPaths = useMemo(() => new Set([...dirtyPaths, ...backupPaths]), [dirtyPaths, backupPaths]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Article Studio</h1>
        {workspace && (
          <button type="button" className="workspace-name" title={`${workspace.root} — open another workspace (Ctrl+O)`} onClick={() => setDialog('open-workspace')}>
            {workspace.settings.siteName} · {workspace.name}
          </button>
        )}
        <span className="header-spacer" />
        <button type="button" className="header-button" onClick={() => setDialog('quick-open')} title="Open an article by name (Ctrl+P)">
          Go to…
        </button>
        <button type="button" className="header-button" onClick={() => setDialog('export')} aria-keyshortcuts="Control+E Meta+E" title="Export the site (Ctrl+E)">
          Export…
        </button>
      </header>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="notice notice-warning" role="status">
          {notice}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      {workspace && workspace.settingsProblems.length > 0 && (
        <ul className="notice notice-warning" aria-label="Settings problems">
          {workspace.settingsProblems.map((problem) => (
            <li key={`${problem.key}:${problem.line}`}>
              article-studio.json line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      <Workbench
        previewPanel={previewPanel}
        library={<LibraryPane ref={library} articles={articles} selected={selected} dirtyPaths={markedPaths} onSelect={(path) => void select(path)} onAction={(action) => void startAction(action)} />}
        editor={
          selected ? (
            <ArticleEditor
              ref={editor}
              key={selected}
              path={selected}
              workspace={workspace}
              articles={articles}
              images={images}
              onText={onText}
              autosave={autosave}
              colorMode={colorMode}
              onSaved={refreshList}
              onDirtyChange={onDirtyChange}
              onScrollLine={onScrollLine}
            />
          ) : (
            <EmptyEditor hasArticles={articles.length > 0} onNew={() => void startAction('new')} onQuickOpen={() => setDialog('quick-open')} />
          )
        }
        preview={
          <PreviewPane
            ref={preview}
            channel={channel}
            settings={workspace?.settings ?? null}
            onLink={onLink}
            brokenLink={brokenLink}
            checks={<ChecksView channel={checks} onJump={(line) => editor.current?.goToFileLine(line)} onFix={onFix} />}
          />
        }
      />
      <StatusBar channel={channel} autosave={autosave} onAutosaveChange={setAutosave} />
      <ExportDialog open={dialog === 'export'} onClose={closeDialog} article={selected} unsaved={selected !== null && dirtyPaths.has(selected)} onSave={() => editor.current?.flush() ?? Promise.resolve(true)} />
      <QuickOpen
        open={dialog === 'quick-open'}
        articles={articles}
        onClose={closeDialog}
        onOpen={(path) => {
          closeDialog();
          void select(path);
        }}
      />
      <OpenWorkspaceDialog open={dialog === 'open-workspace'} onClose={closeDialog} onOpen={openWorkspace} />
      <ArticleDialog
        request={articleDialog}
        existing={articles.map((article) => article.path)}
        onClose={() => setArticleDialog(null)}
        onDone={(path) => {
          const action = articleDialog?.action;
          setArticleDialog(null);
          refresh();
          // The editor of a renamed or deleted file must not save over it: it is closed first.
          if (action === 'rename' || action === 'delete') setSelected(null);
          if (path) setTimeout(() => setSelected(path), 0);
        }}
      />
    </div>
  );
}
