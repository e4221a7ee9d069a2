/**
 * Sends work to one busy-or-idle worker so that it never queues up: while a
 * job runs, newer requests replace each other and only the latest is sent
 * when the worker is free. The preview thus shows the newest text as soon as
 * it can, and typing fast never builds a backlog.
 */
export class LatestWins<Request> {
  private busy = false;
  private waiting: Request | null = null;

  constructor(private readonly send: (request: Request) => void) {}

  request(request: Request): void {
    if (this.busy) {
      this.waiting = request;
      return;
    }
    this.busy = true;
    this.send(request);
  }

  /** The worker finished a job: send the newest waiting request, if any. */
  done(): void {
    const next = this.waiting;
    this.waiting = null;
    this.busy = next !== null;
    if (next !== null) this.send(next);
  }
}
