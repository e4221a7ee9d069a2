/**
 * State kept outside React that components read with useSyncExternalStore:
 * a current snapshot, replaced (never mutated) by `publish`, and the
 * listeners to tell. The preview and the checks channels build on it.
 */
export class SnapshotStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(protected snapshot: T) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): T => this.snapshot;

  protected publish(snapshot: T): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
