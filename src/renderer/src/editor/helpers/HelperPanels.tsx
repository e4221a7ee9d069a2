import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { ArticleSummary } from '../../../../core/api';
import { fileSizeLabel, imageMarkdown, largeImageWarning } from '../../../../core/assets';
import { DEFAULT_SETTINGS } from '../../../../core/site';
import { studio } from '../../lib/api';
import type { EditorHelperContext } from '../EditorHelpers';
import { applyEdit } from './apply-edit';
import { FaqPanel } from './faq/FaqPanel';
import type { HelperStore, PendingImage } from './helper-store';
import { toBase64 } from './image/image-file';
import { ImageDialog } from './image/ImageDialog';
import { insertImageMarkdown } from './image/image-insertion';
import { takeImage } from './image/take-image';
import { articleLink } from './link/link-markdown';
import { LinkPicker } from './link/LinkPicker';
import { TablePanel } from './table/TablePanel';
import '../helpers.css';

interface Props {
  readonly store: HelperStore;
  readonly context: EditorHelperContext;
}

const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

/**
 * What the helper toolbar opens: the FAQ and table panels under the editor,
 * the link and image dialogs, the line saying what the last action did, and
 * the file input behind "Insert an image".
 */
export function HelperPanels({ store, context }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const fileInput = useRef<HTMLInputElement>(null);
  const { path, workspace, articles, body } = context;
  const bridge = useCallback(() => store.editor(), [store]);
  const followCaret = useCallback((caret: number) => store.followCaret(caret), [store]);
  const settings = workspace?.settings ?? null;

  useEffect(() => {
    store.setImagePicker(() => fileInput.current?.click());
    return () => store.setImagePicker(null);
  }, [store]);

  /**
   * What a dialog's choice does to the text, run once the dialog has closed:
   * a modal dialog makes the rest of the page inert, so the text box cannot
   * take an edit (or the caret) while it is open.
   */
  const afterClose = useRef<(() => void) | null>(null);
  const closed = (close: () => void) => () => {
    close();
    const then = afterClose.current;
    afterClose.current = null;
    then?.();
  };

  const insertLink = (article: ArticleSummary) => {
    const range = store.getSnapshot().link;
    afterClose.current = () => {
      const editor = bridge();
      if (!editor || !range) return;
      const text = editor.body();
      const link = articleLink(article, text.slice(range.start, range.end));
      applyEdit(editor, text.slice(0, range.start) + link + text.slice(range.end), range.start + link.length);
      store.say({ tone: 'info', message: `Linked to “${article.title ?? article.path}”. Ctrl+Z in the editor undoes it.` });
    };
    store.closeLinkPicker();
  };

  const insertImage = async (image: PendingImage, alt: string) => {
    const imported = await studio.importAsset(path, image.fileName || 'pasted-image', await toBase64(image.bytes));
    afterClose.current = () => {
      const editor = bridge();
      if (!editor) {
        store.say({ tone: 'error', message: `The image was copied to ${imported.path}, but the editor had closed before it could be inserted.` });
        return;
      }
      const text = editor.body();
      const range = { start: Math.min(image.at.start, text.length), end: Math.min(image.at.end, text.length) };
      const inserted = insertImageMarkdown(text, range, imageMarkdown(alt, imported.path));
      applyEdit(editor, inserted.body, inserted.caret);
      const pixels = imported.width !== null && imported.height !== null ? `, ${imported.width.toLocaleString('en-US')} × ${imported.height.toLocaleString('en-US')} px` : '';
      const warning = largeImageWarning(imported.bytes, imported.width, imported.height);
      store.say({ tone: warning ? 'warning' : 'info', message: `Copied the image to ${imported.path} (${fileSizeLabel(imported.bytes)}${pixels}) and inserted it.${warning ? ` ${warning}` : ''}` });
    };
    store.closeImage();
  };

  const status = state.status;
  return (
    <div className="editor-helpers">
      {state.panel === 'faq' && <FaqPanel body={body} bridge={bridge} heading={settings?.faqHeading ?? DEFAULT_SETTINGS.faqHeading} onStatus={(next) => store.say(next)} onClose={() => store.closePanel()} />}
      {state.panel === 'table' && (
        <TablePanel body={body} caret={state.caret} bridge={bridge} onCaret={followCaret} onStatus={(next) => store.say(next)} onClose={() => store.closePanel()} />
      )}
      <div className={`helper-status${status ? ` helper-status-${status.tone}` : ''}`} role="status" data-testid="helper-status">
        {status && (
          <>
            <span>{status.message}</span>
            {status.action && (
              <button type="button" onClick={status.action.run}>
                {status.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss this message" onClick={() => store.say(null)}>
              ×
            </button>
          </>
        )}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_TYPES}
        hidden
        aria-label="Choose an image to insert"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          const editor = bridge();
          if (!file || !editor) return;
          // The dialog gives the focus back to what had it when it opened: the text box.
          editor.focus();
          void takeImage(store, file, editor.selection());
        }}
      />
      <LinkPicker
        open={state.link !== null}
        articles={articles}
        currentPath={path}
        selectedText={state.link ? body.slice(state.link.start, state.link.end) : ''}
        body={body}
        settings={settings}
        onChoose={insertLink}
        onGoToLine={(line) => {
          afterClose.current = () => bridge()?.goToLine(line);
          store.closeLinkPicker();
        }}
        onClose={closed(() => store.closeLinkPicker())}
      />
      <ImageDialog image={state.image} articlePath={path} onInsert={insertImage} onClose={closed(() => store.closeImage())} />
    </div>
  );
}
