import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FramePatcher } from './frame-patcher';
import { watchInput } from './input-quiet';
import type { PreviewPage } from './render-preview';

/** A frame with no document yet: every page is loaded whole (srcdoc), and the test says when it has loaded. */
class FakeFrame {
  srcdoc = '';
  onload: (() => void) | null = null;
  readonly contentDocument = null;
  readonly contentWindow = null;
}

const pageOf = (html: string) => ({ path: 'guide.md', html, segments: null, anchors: [], editorLines: 1 }) as unknown as PreviewPage;

describe('FramePatcher, while the writer types', () => {
  let pressKey: (key?: string) => void;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const target = { addEventListener: (type: string, listener: (event: { key: string }) => void) => type === 'keydown' && (pressKey = (key = 'a') => listener({ key })) };
    watchInput(target as unknown as Window);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A patcher on a fake frame, and the revisions it says it shows. */
  const newPatcher = () => {
    const frame = new FakeFrame();
    const applied: number[] = [];
    const patcher = new FramePatcher(frame as unknown as HTMLIFrameElement, { applied: (revision) => applied.push(revision), link: () => undefined });
    return { frame, applied, patcher };
  };
  /** Seven keys `gapMs` apart: a burst with a known rhythm, the last key just pressed. */
  const typeSteadily = (gapMs: number) => {
    for (let key = 0; key < 6; key += 1) {
      pressKey();
      vi.advanceTimersByTime(gapMs);
    }
    pressKey();
  };

  it('never draws a page held for a late moment over a newer one drawn since', () => {
    const { frame, applied, patcher } = newPatcher();
    typeSteadily(120);
    // Page 1 comes 90 ms after the key: drawn then, it would still be drawing when the next key is due. It waits.
    vi.advanceTimersByTime(90);
    patcher.show(pageOf('<p>one</p>'), 1);
    expect(frame.srcdoc).toBe('');
    // The next key comes early; page 2 comes 30 ms after it, early enough to be drawn at once.
    vi.advanceTimersByTime(10);
    pressKey();
    vi.advanceTimersByTime(30);
    patcher.show(pageOf('<p>two</p>'), 2);
    expect(frame.srcdoc).toBe('<p>two</p>');
    frame.onload?.();
    // Long after page 1's moment: page 2 stays, and the preview says it shows the newest revision.
    vi.advanceTimersByTime(500);
    expect(frame.srcdoc).toBe('<p>two</p>');
    expect(applied).toEqual([2]);
  });

  it('draws a held page once the writer pauses', () => {
    const { frame, applied, patcher } = newPatcher();
    typeSteadily(100);
    vi.advanceTimersByTime(70);
    patcher.show(pageOf('<p>late</p>'), 7);
    expect(frame.srcdoc).toBe('');
    // No key comes: 15 ms after the next one was due, the writer has paused and the page is drawn.
    vi.advanceTimersByTime(50);
    expect(frame.srcdoc).toBe('<p>late</p>');
    frame.onload?.();
    expect(applied).toEqual([7]);
  });

  it('does not count a modifier pressed on its own in the rhythm', () => {
    const { frame, patcher } = newPatcher();
    // Capitals typed every 100 ms, Shift 10 ms before each letter: the rhythm is 100 ms, not 10.
    for (let key = 0; key < 7; key += 1) {
      pressKey('Shift');
      vi.advanceTimersByTime(10);
      pressKey('A');
      vi.advanceTimersByTime(90);
    }
    pressKey('Shift');
    vi.advanceTimersByTime(10);
    pressKey('A');
    vi.advanceTimersByTime(70);
    patcher.show(pageOf('<p>late</p>'), 1);
    expect(frame.srcdoc).toBe('');
  });
});
