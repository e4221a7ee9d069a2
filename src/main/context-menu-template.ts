// Types only from Electron: this module is unit-tested under plain Node.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** The part of the context-menu event's params the menu reads. */
export type ContextMenuFacts = Pick<ContextMenuParams, 'dictionarySuggestions' | 'misspelledWord' | 'isEditable' | 'selectionText' | 'editFlags'>;

export interface SpellingActions {
  readonly replaceMisspelling: (word: string) => void;
  readonly addToDictionary: (word: string) => void;
}

/** At most this many suggestions, best first, as Chromium orders them. */
const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu: spelling fixes for a misspelled word first (the
 * spellchecker only underlines; this is where a writer fixes), then the
 * editing or copy commands that fit where the click landed. Empty when
 * there is nothing to offer.
 */
export function contextMenuTemplate(params: ContextMenuFacts, actions: SpellingActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false });
    items.push({ label: 'Add to Dictionary', click: () => actions.addToDictionary(params.misspelledWord) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'undo', enabled: params.editFlags.canUndo },
      { role: 'redo', enabled: params.editFlags.canRedo },
      { type: 'separator' },
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { role: 'selectAll' },
    );
  } else if (params.selectionText) {
    items.push({ role: 'copy' });
  }
  return items;
}
