import type { WorkspaceSettings } from '../../../core/site';
import { SnapshotStore } from '../lib/snapshot-store';
import { LatestWins } from './latest-wins';
import { PageReceiver, type PostedResult } from './page-transfer';
import type { PreviewPage, PreviewRequest } from './render-preview';
import type { TextStats } from './text-stats';

/** What the preview worker posts back: a result (its page perhaps as a patch to the one before), or why rendering threw. */
export type WorkerReply = PostedResult | { readonly revision: number; readonly crash: string };

export interface PreviewWorker {
  postMessage(request: PreviewRequest): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  /** The worker's script failed to load or threw outside a render. */
  onerror?: ((event: ErrorEvent) => void) | null;
}

export interface PreviewSnapshot {
  /** The open article, or null. */
  readonly path: string | null;
  /** The revision of the newest text sent; the preview is settled once it shows this one. */
  readonly requested: number;
  /** The newest revision the worker answered. */
  readonly answered: number;
  /** The newest page of this article that rendered (kept while the frontmatter is broken). */
  readonly page: { readonly page: PreviewPage; readonly revision: number } | null;
  /** Why the newest text has no page: its frontmatter does not parse. */
  readonly problem: { readonly message: string; readonly line: number } | null;
  /** Why the last render failed inside the renderer itself. */
  readonly crash: string | null;
  readonly stats: TextStats | null;
}

/** What the panes draw: it changes when a render answers or the article changes, not on every keystroke. */
export type PreviewView = Pick<PreviewSnapshot, 'path' | 'page' | 'problem' | 'crash' | 'stats'>;

const EMPTY: PreviewSnapshot = { path: null, requested: 0, answered: 0, page: null, problem: null, crash: null, stats: null };

/**
 * Between the editor and the preview, outside React: the editor pushes each
 * new text here (a cheap call on the typing path), the worker renders, and
 * the preview panes subscribe to results. Keeping it out of React state
 * means a keystroke re-renders neither the app nor the library.
 */
export class PreviewChannel extends SnapshotStore<PreviewSnapshot> {
  private readonly queue: LatestWins<PreviewRequest>;
  private readonly pages = new PageReceiver();
  /** Requests ask for their page whole (the last patch did not fit the page this side holds). */
  private wholeNext = false;
  private settings: WorkspaceSettings | null = null;
  private text: { path: string; text: string } | null = null;
  private revision = 0;
  /** The first revision of the open article: replies about an earlier one are dropped. */
  private firstRevisionOfPath = 1;

  private sendTimer: ReturnType<typeof setTimeout> | undefined;
  private sentAt = 0;
  /** How long the last render took, there and back. */
  private roundTripMs = 0;

  /**
   * `waitBeforeSend(roundTripMs)` says how long to hold a new text back
   * when the worker is free (one that comes while it renders waits for that
   * render, then goes at once: see LatestWins). The app's rule is
   * quietBeforeSending.
   */
  constructor(
    private readonly worker: PreviewWorker,
    private readonly waitBeforeSend: (roundTripMs: number) => number = () => 0,
  ) {
    super(EMPTY);
    this.queue = new LatestWins((request) => {
      this.sentAt = performance.now();
      worker.postMessage(request);
    });
    worker.onmessage = (event) => this.receive(event.data);
    // Without this a worker that cannot start would leave the preview pending forever, silently.
    worker.onerror = (event) => this.receive({ revision: this.revision, crash: event.message || 'the preview worker could not start' });
  }

  /** For `useSyncExternalStore`: the same object until something drawn changes, so typing alone re-renders no pane. */
  readonly getView = (): PreviewView => this.view;
  private view: PreviewView = viewOf(EMPTY);

  setSettings(settings: WorkspaceSettings): void {
    this.settings = settings;
    this.send();
  }

  /** The open article's whole text, as it is in the editor now. */
  update(path: string, text: string): void {
    if (this.text?.path === path && this.text.text === text) return;
    const switched = this.text?.path !== path;
    this.text = { path, text };
    if (switched) {
      this.firstRevisionOfPath = this.revision + 1;
      this.publish({ ...EMPTY, requested: this.snapshot.requested, answered: this.snapshot.requested, path });
    }
    this.send();
  }

  /** No article is open. */
  clear(): void {
    clearTimeout(this.sendTimer);
    this.text = null;
    this.publish({ ...EMPTY, requested: this.snapshot.requested, answered: this.snapshot.requested });
  }

  /** A new text is due: the preview is pending from now, even while the text waits for a pause. */
  private send(): void {
    if (!this.text || !this.settings) return;
    this.revision += 1;
    this.publish({ ...this.snapshot, requested: this.revision });
    this.dispatch();
  }

  private dispatch(): void {
    clearTimeout(this.sendTimer);
    if (!this.text || !this.settings) return;
    const wait = this.waitBeforeSend(this.roundTripMs);
    if (wait > 0) {
      this.sendTimer = setTimeout(() => this.dispatch(), wait);
      return;
    }
    this.queue.request({ revision: this.revision, path: this.text.path, text: this.text.text, settings: this.settings, ...(this.wholeNext ? { whole: true } : {}) });
  }

  private receive(posted: WorkerReply): void {
    this.roundTripMs = performance.now() - this.sentAt;
    this.queue.done();
    let reply;
    try {
      // Before any reply is dropped: the next page may be a patch to this one.
      reply = 'crash' in posted ? posted : this.pages.unpack(posted);
      // Every request asks for its page whole until one comes: a waiting request can replace the one that asked (LatestWins).
      if ('page' in posted) this.wholeNext = false;
    } catch {
      // A patch to a page this side does not hold (it cannot happen while both sides see every page in order): ask for the page whole.
      this.wholeNext = true;
      return this.send();
    }
    // A result for an article that is no longer open is of no use.
    if (!this.text || reply.revision < this.firstRevisionOfPath) return;
    const answered = Math.max(this.snapshot.answered, reply.revision);
    if ('crash' in reply) return this.publish({ ...this.snapshot, answered, crash: reply.crash });
    const base = { ...this.snapshot, answered, crash: null, stats: reply.stats };
    if (reply.ok) this.publish({ ...base, page: { page: reply.page, revision: reply.revision }, problem: null });
    else this.publish({ ...base, problem: reply.problem });
  }

  protected override publish(snapshot: PreviewSnapshot): void {
    const view = this.view;
    if (view.path !== snapshot.path || view.page !== snapshot.page || view.problem !== snapshot.problem || view.crash !== snapshot.crash || view.stats !== snapshot.stats) {
      this.view = viewOf(snapshot);
    }
    super.publish(snapshot);
  }
}

function viewOf({ path, page, problem, crash, stats }: PreviewSnapshot): PreviewView {
  return { path, page, problem, crash, stats };
}

export function startPreviewWorker(): PreviewWorker {
  return new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'preview' }) as unknown as PreviewWorker;
}
