/**
 * Writes that need not hold up a reply. A woken worker's first IndexedDB write costs tens of milliseconds, so a
 * check answers with its findings first and logs them as `shown` straight after. The writes are tracked, so a
 * caller that must see them (tests, an export) can wait for them, and a failure is reported by its label only:
 * never with the data, which came from a draft.
 */
export class DeferredWrites {
  private readonly pending = new Set<Promise<void>>();

  add(label: string, write: Promise<unknown>): void {
    const tracked: Promise<void> = write
      .then(
        () => undefined,
        () => console.warn(`PHI Guard: ${label} failed`),
      )
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** Resolves once every write added so far, and any added meanwhile, has finished. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }
}
