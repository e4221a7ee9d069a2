import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutLabel } from './commands';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it('maps Ctrl or Cmd plus a key to its command, with or without Alt', () => {
    expect(commandForKey(key('s', { ctrlKey: true }))).toBe('save');
    expect(commandForKey(key('P', { metaKey: true }))).toBe('quick-open');
    expect(commandForKey(key('n', { ctrlKey: true, altKey: true }))).toBe('new-article');
    expect(commandForKey(key('\\', { ctrlKey: true }))).toBe('toggle-preview');
    expect(commandForKey(key('2', { ctrlKey: true }))).toBe('focus-editor');
  });

  it('leaves plain typing and unrelated chords to the editor', () => {
    expect(commandForKey(key('s'))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('shortcutLabel', () => {
  it('shows the platform’s modifier', () => {
    expect(shortcutLabel('quick-open', false)).toBe('Ctrl+P');
    expect(shortcutLabel('quick-open', true)).toBe('⌘P');
  });
});
