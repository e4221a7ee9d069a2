import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../core/api/studio-api';
import { appMenuTemplate, type MenuActions } from './menu-template';

function actions(): MenuActions & { commands: AppCommand[] } {
  const commands: AppCommand[] = [];
  return { commands, command: (command) => commands.push(command), openFolder: vi.fn(), openRecent: vi.fn() };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((each) => each.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

const RECENT = [
  { root: '/home/me/blog', name: 'blog' },
  { root: '/home/me/docs', name: 'docs' },
];

describe('the application menu', () => {
  it('sends each command item to the window as a command, with its shortcut', () => {
    const a = actions();
    const template = appMenuTemplate('linux', RECENT, '/home/me/blog', a);
    const file = submenu(template, 'File');
    const view = submenu(template, 'View');
    const expected: [MenuItemConstructorOptions[], string, string, AppCommand][] = [
      [file, 'New Article', 'CmdOrCtrl+N', 'new-article'],
      [file, 'Quick Open…', 'CmdOrCtrl+P', 'quick-open'],
      [file, 'Save', 'CmdOrCtrl+S', 'save'],
      [file, 'Export…', 'CmdOrCtrl+E', 'export'],
      [view, 'Toggle Preview', 'CmdOrCtrl+\\', 'toggle-preview'],
      [view, 'Focus Library', 'CmdOrCtrl+1', 'focus-library'],
      [view, 'Focus Editor', 'CmdOrCtrl+2', 'focus-editor'],
      [view, 'Focus Preview', 'CmdOrCtrl+3', 'focus-preview'],
    ];
    for (const [menu, label, accelerator, command] of expected) {
      const entry = item(menu, label);
      expect(entry.accelerator, label).toBe(accelerator);
      click(entry);
      expect(a.commands.at(-1), label).toBe(command);
    }
  });

  it('opens a folder through the host, not the page', () => {
    const a = actions();
    const open = item(submenu(appMenuTemplate('linux', RECENT, '/home/me/blog', a), 'File'), 'Open Folder…');
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    click(open);
    expect(a.openFolder).toHaveBeenCalledOnce();
    expect(a.commands).toEqual([]);
  });

  it('lists recent folders except the one open now, and opens the one chosen', () => {
    const a = actions();
    const recent = item(submenu(appMenuTemplate('linux', RECENT, '/home/me/blog', a), 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((entry) => entry.label)).toEqual(['/home/me/docs']);
    click(recent[0]!);
    expect(a.openRecent).toHaveBeenCalledWith('/home/me/docs');
  });

  it('says so when there is no other recent folder', () => {
    const recent = item(submenu(appMenuTemplate('linux', RECENT.slice(0, 1), '/home/me/blog', actions()), 'File'), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No Recent Folders', enabled: false }]);
  });

  it('keeps the standard roles, with the app menu on macOS only', () => {
    const roles = (template: MenuItemConstructorOptions[]) => template.map((entry) => entry.role ?? entry.label);
    expect(roles(appMenuTemplate('linux', [], '/x', actions()))).toEqual(['File', 'editMenu', 'View', 'windowMenu']);
    expect(roles(appMenuTemplate('darwin', [], '/x', actions()))).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu']);
    const viewRoles = submenu(appMenuTemplate('linux', [], '/x', actions()), 'View').map((entry) => entry.role).filter(Boolean);
    expect(viewRoles).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(submenu(appMenuTemplate('linux', [], '/x', actions()), 'File').at(-1)).toEqual({ role: 'quit' });
    expect(submenu(appMenuTemplate('darwin', [], '/x', actions()), 'File').at(-1)).toEqual({ role: 'close' });
  });
});
