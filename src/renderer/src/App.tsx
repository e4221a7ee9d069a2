import { useCallback, useEffect, useRef, useState } from 'react';
import { isArticleEvent, type ArticleSummary, type WorkspaceInfo } from '../../core/api';
import { ArticleEditor, type ArticleEditorHandle } from './editor/ArticleEditor';
import { ExportDialog } from './export/ExportDialog';
import { useExportShortcut } from './export/use-export-shortcut';
import { studio } from './lib/api';
import { ArticleList } from './library/ArticleList';

export function App() {
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [dirtyPaths, setDirtyPaths] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const editor = useRef<ArticleEditorHandle>(null);
  const openExport = useCallback(() => setExportOpen(true), []);
  const closeExport = useCallback(() => setExportOpen(false), []);
  const saveOpenArticle = useCallback(() => editor.current?.flush() ?? Promise.resolve(true), []);
  useExportShortcut(openExport);

  /** Switching articles saves the one being left first; if that fails, the writer stays on it. */
  const select = useCallback(async (path: string) => {
    if (editor.current && !(await editor.current.flush())) return;
    setSelected(path);
  }, []);

  const refresh = useCallback(() => {
    studio.listArticles().then(setArticles, (e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    studio.getWorkspace().then(setWorkspace, (e: Error) => setError(e.message));
    refresh();
    // Only file changes change the list; export progress does not.
    return studio.onWorkspaceEvent((event) => {
      if (isArticleEvent(event)) refresh();
    });
  }, [refresh]);

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

  return (
    <div className="app">
      <header className="app-header">
        <h1>Article Studio</h1>
        {workspace && <span className="workspace-name" title={workspace.root}>{workspace.settings.siteName} · {workspace.name}</span>}
        <button type="button" className="header-button" onClick={openExport} aria-keyshortcuts="Control+E Meta+E" title="Export the site (Ctrl+E)">
          Export…
        </button>
      </header>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
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
      <div className="panes">
        <nav className="library" aria-label="Library">
          <ArticleList articles={articles} selected={selected} dirtyPaths={dirtyPaths} onSelect={(path) => void select(path)} />
        </nav>
        <main className="workspace-main">
          {selected ? (
            <ArticleEditor ref={editor} key={selected} path={selected} onSaved={refresh} onDirtyChange={onDirtyChange} />
          ) : (
            <div className="editor-empty">Choose an article on the left to start writing.</div>
          )}
        </main>
      </div>
      <ExportDialog open={exportOpen} onClose={closeExport} article={selected} unsaved={selected !== null && dirtyPaths.has(selected)} onSave={saveOpenArticle} />
    </div>
  );
}
