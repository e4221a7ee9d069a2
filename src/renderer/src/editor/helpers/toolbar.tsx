import type { ICommand } from '@uiw/react-md-editor';
import { commands as md } from '@uiw/react-md-editor/nohighlight';
import type { ReactElement } from 'react';

/** What the helper buttons do; called with the text box's selection at the moment of the click or shortcut. */
export interface HelperActions {
  openLinkPicker(selection: { start: number; end: number }): void;
  pickImage(): void;
  toggleTable(caret: number): void;
  formatTable(caret: number): void;
  toggleFaq(caret: number): void;
}

/** A 16 × 16 outline icon; decoration only, since every button carries its label. */
function icon(path: string): ReactElement {
  return (
    <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const ICONS = {
  link: icon('M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8'),
  image: icon('M2 3h12v10H2zM2 11l3.5-3.5 3 3L11 8l3 3M10.5 5.5h.01'),
  table: icon('M2 3h12v10H2zM2 6.5h12M2 10h12M6 3v10M10 3v10'),
  format: icon('M2 4h12M2 8h8M2 12h12M12 6l2 2-2 2'),
  faq: icon('M2.5 3h11v7.5h-6L4 13v-2.5H2.5zM6.5 5.5a1.5 1.5 0 112 1.4c-.4.2-.5.4-.5.8M8 9h.01'),
};

function helperCommand(name: string, label: string, iconElement: ReactElement, run: (state: { selection: { start: number; end: number } }) => void, shortcuts?: string): ICommand {
  return {
    name,
    keyCommand: name,
    ...(shortcuts ? { shortcuts } : {}),
    buttonProps: { 'aria-label': label, title: label },
    icon: iconElement,
    execute: (state) => run(state),
  };
}

/**
 * The editor's toolbar: the library's formatting commands, with its image
 * and table buttons replaced by the helpers (its image button's Ctrl+K
 * becomes the internal-link picker), and the FAQ manager.
 */
export function helperToolbar(actions: HelperActions): ICommand[] {
  return [
    md.bold,
    md.italic,
    md.strikethrough,
    md.hr,
    md.group([md.title1, md.title2, md.title3, md.title4, md.title5, md.title6], {
      name: 'title',
      groupName: 'title',
      buttonProps: { 'aria-label': 'Insert title', title: 'Insert title' },
    }),
    md.divider,
    md.link,
    md.quote,
    md.code,
    md.codeBlock,
    md.comment,
    md.divider,
    md.unorderedListCommand,
    md.orderedListCommand,
    md.checkedListCommand,
    md.divider,
    helperCommand('article-link', 'Link to an article (Ctrl+K)', ICONS.link, ({ selection }) => actions.openLinkPicker(selection), 'ctrlcmd+k'),
    helperCommand('insert-image', 'Insert an image from a file', ICONS.image, () => actions.pickImage()),
    helperCommand('table-editor', 'Table: insert one, or edit the one at the cursor', ICONS.table, ({ selection }) => actions.toggleTable(selection.start)),
    helperCommand('format-table', 'Format the table at the cursor (align its pipes)', ICONS.format, ({ selection }) => actions.formatTable(selection.start)),
    helperCommand('faq-manager', 'FAQ manager', ICONS.faq, ({ selection }) => actions.toggleFaq(selection.start)),
    md.divider,
    md.help,
  ];
}
