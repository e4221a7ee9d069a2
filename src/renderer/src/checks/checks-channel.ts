import type { FileFinding, LintContext } from '../../../core/seo';
import type { WorkspaceSettings } from '../../../core/site';
import { SnapshotStore } from '../lib/snapshot-store';
import { LatestWins } from '../preview/latest-wins';

export interface ChecksRequest {
  readonly revision: number;
  readonly path: string;
  readonly text: string;
  readonly settings: WorkspaceSettings;
  readonly context: LintContext;
  /** ISO time: "in the future" is judged against it. */
  readonly now: string;
}

type Reply = { readonly revision: number; readonly findings: FileFinding[] } | { readonly revision: number; readonly crash: string };

export interface ChecksWorker {
  postMessage(request: ChecksRequest): void;
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
}

export interface ChecksSnapshot {
  readonly path: string | null;
  readonly findings: readonly FileFinding[] | null;
  readonly crash: string | null;
  /** The revision the findings are for, and the newest sent: the list is current when they are equal. */
  readonly revision: number;
  readonly requested: number;
  /** The text the findings were made from: a fix's offsets are into it. */
  readonly text: string | null;
}

/** Checks are not urgent: they wait for a pause in typing, and never hold up the preview. */
export const CHECKS_DELAY_MS = 250;

/** The SEO checks of the open article, kept up to date in a worker, outside React state. */
export class ChecksChannel extends SnapshotStore<ChecksSnapshot> {
  private readonly sentTexts = new Map<number, string>();
  private readonly queue: LatestWins<ChecksRequest>;
  private settings: WorkspaceSettings | null = null;
  private context: LintContext | null = null;
  private text: { path: string; text: string } | null = null;
  private revision = 0;
  private firstRevisionOfPath = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(worker: ChecksWorker) {
    super({ path: null, findings: null, crash: null, revision: 0, requested: 0, text: null });
    this.queue = new LatestWins((request) => worker.postMessage(request));
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => this.receive({ revision: this.revision, crash: event.message || 'the checks worker could not start' });
  }

  setSettings(settings: WorkspaceSettings): void {
    this.settings = settings;
    this.schedule(0);
  }

  setContext(context: LintContext): void {
    this.context = context;
    this.schedule(0);
  }

  update(path: string, text: string): void {
    if (this.text?.path === path && this.text.text === text) return;
    const switched = this.text?.path !== path;
    this.text = { path, text };
    if (switched) {
      this.firstRevisionOfPath = this.revision + 1;
      this.publish({ path, findings: null, crash: null, revision: this.revision, requested: this.revision, text: null });
    }
    this.schedule(switched ? 0 : CHECKS_DELAY_MS);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.text = null;
    this.publish({ path: null, findings: null, crash: null, revision: this.revision, requested: this.revision, text: null });
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send(), delay);
  }

  private send(): void {
    if (!this.text || !this.settings || !this.context) return;
    this.revision += 1;
    this.publish({ ...this.snapshot, requested: this.revision });
    this.sentTexts.set(this.revision, this.text.text);
    this.queue.request({ revision: this.revision, ...this.text, settings: this.settings, context: this.context, now: new Date().toISOString() });
  }

  private receive(reply: Reply): void {
    this.queue.done();
    const text = this.sentTexts.get(reply.revision) ?? null;
    // Requests that were replaced before being sent never answer: forget them too.
    for (const revision of this.sentTexts.keys()) if (revision <= reply.revision) this.sentTexts.delete(revision);
    if (!this.text || reply.revision < this.firstRevisionOfPath) return;
    if ('crash' in reply) this.publish({ ...this.snapshot, crash: reply.crash, revision: reply.revision, text: null });
    else this.publish({ ...this.snapshot, findings: reply.findings, crash: null, revision: reply.revision, text });
  }
}

export function startChecksWorker(): ChecksWorker {
  return new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'checks' }) as unknown as ChecksWorker;
}
