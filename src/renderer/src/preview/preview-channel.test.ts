import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/site';
import { PreviewChannel, type PreviewWorker, type WorkerReply } from './preview-channel';
import { pageHtml } from './page-segments';
import { PageSender } from './page-transfer';
import { renderPreview, type PreviewRequest } from './render-preview';

/** Renders on demand, so a test decides when the "worker" finishes; posts pages as the real worker does (patches after the first). */
class FakeWorker implements PreviewWorker {
  onmessage: PreviewWorker['onmessage'] = null;
  onerror: PreviewWorker['onerror'] = null;
  readonly inbox: PreviewRequest[] = [];
  private readonly sender = new PageSender();
  postMessage(request: PreviewRequest) {
    this.inbox.push(request);
  }
  finish(reply?: WorkerReply) {
    const request = this.inbox.shift()!;
    this.onmessage!({ data: reply ?? this.sender.pack(renderPreview(request), request.whole) } as MessageEvent<WorkerReply>);
  }
}

const pageHtmlOf = (channel: PreviewChannel) => {
  const shown = channel.getSnapshot().page;
  return shown && pageHtml(shown.page);
};

const article = (body: string) => `---\ntitle: Channel\n---\n${body}\n`;

/** The page for `request`, as a patch to a page (revision 99) the channel never saw. */
const strayPatch = (request: PreviewRequest): WorkerReply => {
  const stray = new PageSender();
  stray.pack(renderPreview({ ...request, revision: 99, text: article('elsewhere') }));
  return stray.pack(renderPreview(request));
};

describe('PreviewChannel', () => {
  it('renders the newest text once the worker is free, never a backlog', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('one'));
    channel.update('a.md', article('two'));
    channel.update('a.md', article('three'));
    expect(worker.inbox.map((request) => request.revision)).toEqual([1]);
    worker.finish();
    expect(worker.inbox.map((request) => request.text)).toEqual([article('three')]);
    worker.finish();
    const { page, requested, answered } = channel.getSnapshot();
    expect(answered).toBe(requested);
    expect(page?.revision).toBe(requested);
    expect(pageHtmlOf(channel)).toContain('three');
  });

  it('drops a late result about the article the writer left', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('from a'));
    channel.update('b.md', article('from b'));
    worker.finish();
    expect(channel.getSnapshot().page).toBeNull();
    expect(channel.getSnapshot().path).toBe('b.md');
    worker.finish();
    expect(pageHtmlOf(channel)).toContain('from b');
  });

  it('reports a renderer crash instead of waiting forever, and tells subscribers', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    let calls = 0;
    channel.subscribe(() => (calls += 1));
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('x'));
    worker.finish({ revision: 1, crash: 'boom' });
    expect(channel.getSnapshot().crash).toBe('boom');
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('keeps the last good page while the frontmatter is broken, and says why', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('good'));
    worker.finish();
    channel.update('a.md', '---\ntitle: [broken\n---\nbad\n');
    worker.finish();
    const snapshot = channel.getSnapshot();
    expect(pageHtmlOf(channel)).toContain('good');
    expect(snapshot.problem?.line).toBeGreaterThanOrEqual(2);
    expect(snapshot.answered).toBe(snapshot.requested);
  });

  it('says so when the worker cannot start, instead of staying pending', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('x'));
    worker.onerror!({ message: 'Failed to load the worker script' } as ErrorEvent);
    const snapshot = channel.getSnapshot();
    expect(snapshot.crash).toBe('Failed to load the worker script');
    expect(snapshot.answered).toBe(snapshot.requested);
  });

  it('asks for the page whole when a patch does not fit the page it holds, and shows it', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('first'));
    worker.finish();
    channel.update('a.md', article('second'));
    worker.finish(strayPatch(worker.inbox[0]!));
    expect(worker.inbox.map((request) => request.whole)).toEqual([true]);
    expect(channel.getSnapshot().crash).toBeNull();
    worker.finish();
    expect(pageHtmlOf(channel)).toContain('second');
    expect(channel.getSnapshot().answered).toBe(channel.getSnapshot().requested);
  });

  it('keeps asking for the page whole while the writer types on, until one comes', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.setSettings(DEFAULT_SETTINGS);
    channel.update('a.md', article('first'));
    worker.finish();
    channel.update('a.md', article('second'));
    channel.update('a.md', article('third'));
    // The stray patch answers 'second': 'third' goes to the worker, and the request for a whole page waits behind it…
    worker.finish(strayPatch(worker.inbox[0]!));
    // …where the next keystroke's text replaces it: that one must ask for the page whole too.
    channel.update('a.md', article('fourth'));
    worker.finish();
    expect(worker.inbox.map((request) => [request.text, request.whole])).toEqual([[article('fourth'), true]]);
    worker.finish();
    expect(pageHtmlOf(channel)).toContain('fourth');
    channel.update('a.md', article('fifth'));
    expect(worker.inbox.map((request) => request.whole)).toEqual([undefined]);
  });

  it('waits for the settings before rendering anything', () => {
    const worker = new FakeWorker();
    const channel = new PreviewChannel(worker);
    channel.update('a.md', article('x'));
    expect(worker.inbox).toHaveLength(0);
    channel.setSettings(DEFAULT_SETTINGS);
    expect(worker.inbox).toHaveLength(1);
  });
});

describe('PreviewChannel while the writer types', () => {
  it('holds a text back until the wait is over, and says the preview is pending meanwhile', () => {
    vi.useFakeTimers();
    try {
      const worker = new FakeWorker();
      let wait = 30;
      const channel = new PreviewChannel(worker, () => wait);
      channel.setSettings(DEFAULT_SETTINGS);
      channel.update('a.md', article('typed'));
      expect(worker.inbox).toHaveLength(0);
      expect(channel.getSnapshot().requested).toBeGreaterThan(channel.getSnapshot().answered);
      wait = 0;
      vi.advanceTimersByTime(30);
      expect(worker.inbox.map((request) => request.text)).toEqual([article('typed')]);
    } finally {
      vi.useRealTimers();
    }
  });
});
