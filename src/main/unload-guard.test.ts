import { describe, expect, it, vi } from 'vitest';
import { confirmLeaving, createUnloadGuard, LEAVE_CHOICE, titleShowsUnsavedEdits, UNLOAD_PROMPT } from './unload-guard';

const STAY = 0;

function unloadEvent() {
  return { preventDefault: vi.fn() };
}

describe('the unsaved-edits question on close or reload', () => {
  it('offers Stay and Leave, Stay being the default and what Escape means', () => {
    expect(UNLOAD_PROMPT.buttons[LEAVE_CHOICE]).toBe('Leave without saving');
    expect(UNLOAD_PROMPT.buttons[UNLOAD_PROMPT.defaultId]).toBe('Stay');
    expect(UNLOAD_PROMPT.cancelId).toBe(UNLOAD_PROMPT.defaultId);
  });

  it('lets the page go only when the writer chooses Leave', () => {
    const ask = vi.fn().mockReturnValueOnce(LEAVE_CHOICE).mockReturnValueOnce(STAY);
    const guard = createUnloadGuard(ask);
    const leave = unloadEvent();
    guard.onWillPreventUnload(leave);
    expect(leave.preventDefault).toHaveBeenCalledOnce();
    const stay = unloadEvent();
    guard.onWillPreventUnload(stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask).toHaveBeenCalledWith(UNLOAD_PROMPT);
  });

  it('does not ask twice when the writer already agreed (opening another folder), once only', () => {
    const ask = vi.fn(() => STAY);
    const guard = createUnloadGuard(ask);
    guard.allowNextUnload();
    const first = unloadEvent();
    guard.onWillPreventUnload(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(ask).not.toHaveBeenCalled();
    const later = unloadEvent();
    guard.onWillPreventUnload(later);
    expect(later.preventDefault).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledOnce();
  });

  it('forgets an unused permission once the page was replaced, so a later close still asks', () => {
    const ask = vi.fn(() => STAY);
    const guard = createUnloadGuard(ask);
    guard.allowNextUnload();
    guard.onNavigated();
    const close = unloadEvent();
    guard.onWillPreventUnload(close);
    expect(ask).toHaveBeenCalledOnce();
    expect(close.preventDefault).not.toHaveBeenCalled();
  });
});

describe('confirmLeaving (before opening another folder)', () => {
  it('reads unsaved edits from the title the renderer sets', () => {
    expect(titleShowsUnsavedEdits('● guides/a.md — Article Studio')).toBe(true);
    expect(titleShowsUnsavedEdits('guides/a.md — Article Studio')).toBe(false);
    expect(titleShowsUnsavedEdits('Article Studio')).toBe(false);
  });

  it('goes ahead without asking when nothing is unsaved', () => {
    const ask = vi.fn(() => STAY);
    expect(confirmLeaving('guides/a.md — Article Studio', ask)).toBe(true);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks when something is unsaved, and follows the answer', () => {
    expect(confirmLeaving('● a.md — Article Studio', () => LEAVE_CHOICE)).toBe(true);
    expect(confirmLeaving('● a.md — Article Studio', () => STAY)).toBe(false);
  });
});
