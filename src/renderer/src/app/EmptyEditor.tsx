interface Props {
  readonly hasArticles: boolean;
  readonly onNew: () => void;
  readonly onQuickOpen: () => void;
}

/** What the editor pane says before an article is open: what this is and how to start. */
export function EmptyEditor({ hasArticles, onNew, onQuickOpen }: Props) {
  return (
    <div className="editor-empty" data-testid="empty-editor">
      <h2>{hasArticles ? 'Choose an article to start writing' : 'This workspace has no articles yet'}</h2>
      <p>
        Articles are Markdown files with YAML frontmatter. Pick one in the library on the left, or find it by name with <kbd>Ctrl</kbd>+<kbd>P</kbd>. The preview on
        the right shows the exact page the export writes, with its JSON-LD.
      </p>
      <p className="empty-actions">
        <button type="button" className="primary" onClick={onNew}>
          New article
        </button>
        {hasArticles && (
          <button type="button" onClick={onQuickOpen}>
            Go to an article…
          </button>
        )}
      </p>
      <p className="shortcut-help">
        Shortcuts: <kbd>Ctrl</kbd>+<kbd>S</kbd> save · <kbd>Ctrl</kbd>+<kbd>N</kbd> new · <kbd>Ctrl</kbd>+<kbd>\</kbd> preview · <kbd>Ctrl</kbd>+<kbd>1</kbd>/<kbd>2</kbd>/<kbd>3</kbd>{' '}
        library, editor, preview · <kbd>Ctrl</kbd>+<kbd>E</kbd> export. In a browser, add <kbd>Alt</kbd> where the browser keeps a shortcut for itself.
      </p>
    </div>
  );
}
