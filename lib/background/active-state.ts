import Dexie from 'dexie';
import type { CompiledPolicy } from '../engine/policy';
import { activePacks, auditSalt, getSettings, type PackRecord, type PhiGuardDb, type UserSettings } from '../db';
import { baselinePolicy, compilePolicy } from '../policy/compile';
import { enginesUsedBy, loadEngines } from '../policy/optional-engines';

/** What every check needs, read from Dexie once per worker wake and kept until packs or settings change. */
export interface ActiveState {
  policy: CompiledPolicy;
  /** The active pack versions the policy was compiled from; empty when running on the built-in baseline. */
  packs: PackRecord[];
  settings: UserSettings;
  salt: string;
}

/**
 * An in-memory cache of the active state, the only state the background keeps between messages. It is rebuilt
 * lazily from Dexie, so a worker restart loses nothing, and dropped whenever the `packs` or `settings` tables
 * change in any extension context (Dexie's `storagemutated` event crosses contexts on a BroadcastChannel).
 */
export class ActiveStateCache {
  #pending: Promise<ActiveState> | undefined;
  readonly #watched: string[];
  readonly #onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => this.#watched.some((prefix) => part.startsWith(prefix)))) {
      this.invalidate();
    }
  };

  constructor(private readonly db: PhiGuardDb) {
    this.#watched = [`idb://${db.name}/packs/`, `idb://${db.name}/settings/`];
    Dexie.on('storagemutated', this.#onMutated);
  }

  get(): Promise<ActiveState> {
    if (this.#pending) return this.#pending;
    const pending = this.#build();
    this.#pending = pending;
    // A failed build is not cached: the next message tries again.
    pending.catch(() => {
      if (this.#pending === pending) this.#pending = undefined;
    });
    return pending;
  }

  invalidate(): void {
    this.#pending = undefined;
  }

  /** Stops listening for changes (tests, or a replaced cache). */
  dispose(): void {
    Dexie.on('storagemutated').unsubscribe(this.#onMutated);
    this.invalidate();
  }

  async #build(): Promise<ActiveState> {
    const [packs, settings, salt] = await Promise.all([
      activePacks(this.db),
      getSettings(this.db),
      auditSalt(this.db),
    ]);
    await loadEngines(enginesUsedBy(packs.map((record) => record.pack)));
    return { policy: compileActive(packs), packs, settings, salt };
  }
}

/** Compiles the active packs; with none stored yet, or when they cannot be combined, the built-in baseline. */
function compileActive(packs: readonly PackRecord[]): CompiledPolicy {
  if (!packs.length) return baselinePolicy();
  try {
    return compilePolicy(packs.map((record) => record.pack));
  } catch (error) {
    console.warn('PHI Guard: active packs could not be combined; using the baseline', {
      packs: packs.map((p) => `${p.id}@${p.version}`),
      reason: error instanceof Error ? error.message : 'unknown',
    });
    return baselinePolicy();
  }
}
