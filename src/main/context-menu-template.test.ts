import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, type ContextMenuFacts } from './context-menu-template';

const editFlags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };

function params(overrides: Partial<ContextMenuFacts>): ContextMenuFacts {
  return { dictionarySuggestions: [], misspelledWord: '', isEditable: true, selectionText: '', editFlags, ...overrides };
}

function actions() {
  return { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
}

describe('the right-click menu', () => {
  it('offers the spellchecker suggestions first, each replacing the word', () => {
    const a = actions();
    const items = contextMenuTemplate(params({ misspelledWord: 'artcle', dictionarySuggestions: ['article', 'articles'] }), a);
    expect(items.slice(0, 3).map((item) => item.label)).toEqual(['article', 'articles', 'Add to Dictionary']);
    (items[1]!.click as () => void)();
    expect(a.replaceMisspelling).toHaveBeenCalledWith('articles');
    (items[2]!.click as () => void)();
    expect(a.addToDictionary).toHaveBeenCalledWith('artcle');
    expect(items.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('shows at most six suggestions, and says when there are none', () => {
    const many = contextMenuTemplate(params({ misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }), actions());
    expect(many.filter((item) => item.click && item.label !== 'Add to Dictionary')).toHaveLength(6);
    const none = contextMenuTemplate(params({ misspelledWord: 'qwxz' }), actions());
    expect(none[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false });
  });

  it('offers editing commands as the field allows them, or copy for selected text, or nothing', () => {
    const editing = contextMenuTemplate(params({}), actions());
    expect(editing.find((item) => item.role === 'redo')?.enabled).toBe(false);
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: 'some words' }), actions())).toEqual([{ role: 'copy' }]);
    expect(contextMenuTemplate(params({ isEditable: false }), actions())).toEqual([]);
  });
});
