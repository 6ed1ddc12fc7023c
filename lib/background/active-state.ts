import Dexie from 'dexie';
import type { CompiledPolicy } from '../engine/policy';
import { activePacks, auditSalt, getSettings, type PackRecord, type PhiGuardDb, type UserSettings } from '../db';
import { baselinePolicy, compilePolicy } from '../policy/compile';
import { engineLoadFailure, enginesUsedBy, loadedEngine, loadEngines, type EngineName } from '../policy/optional-engines';

/** How long after a wake a pack engine starts loading: past the waking message, as the warm-up waits too. */
export const ENGINE_LOAD_DELAY_MS = 250;

/** What every check needs, read from Dexie once per worker wake and kept until packs or settings change. */
export interface ActiveState {
  policy: CompiledPolicy;
  /** The active pack versions the policy was compiled from; empty when running on the built-in baseline. */
  packs: PackRecord[];
  settings: UserSettings;
  salt: string;
  /**
   * Engines the active packs need that are still loading: their rules are left out of `policy` until then
   * (the cache drops this state when they are in, and `complete()` waits for them).
   */
  enginesLoading: EngineName[];
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

  /** The state with every engine the packs need loaded (or failed to load), for answers that must be whole. */
  async complete(): Promise<ActiveState> {
    const state = await this.get();
    if (!state.enginesLoading.length) return state;
    await loadEngines(state.enginesLoading);
    this.invalidate();
    return this.get();
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
    // A pack engine (compromise, RE2JS) takes a woken worker 30–200 ms to load, and a service worker imports
    // its script synchronously, blocking every message meanwhile: so the load waits until the message that
    // woke the worker has been answered (without that engine's rules, and marked incomplete). The rules join
    // once the engine is in, when this state is dropped and built again. An engine that failed to load is not
    // waited for again in this worker: its rules are reported as not compiling.
    const enginesLoading = enginesUsedBy(packs.map((record) => record.pack)).filter(
      (name) => !loadedEngine(name) && !engineLoadFailure(name),
    );
    if (enginesLoading.length) {
      setTimeout(() => void loadEngines(enginesLoading).then(() => this.invalidate()), ENGINE_LOAD_DELAY_MS);
    }
    return { policy: compileActive(packs), packs, settings, salt, enginesLoading };
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
