import type nlpType from 'compromise';
import type { RE2JS } from 're2js';
import type { Pack } from './schema';

/**
 * Two kinds of pack rule run on libraries the baseline never needs: `nlp` rules on compromise (about 350 KB,
 * and 0.4 s to build its lexicon when it first runs) and `regex` rules on RE2JS (about 150 KB). A service
 * worker parses its whole script on every wake, so neither is part of it. Each host says how it gets them
 * (`setEngineLoader`: the worker from scripts of their own, the CLI, the options page and tests by import),
 * and whatever takes in a pack loads the engines it names before compiling it. Until an engine is loaded, the
 * matchers refuse its rules with a reason.
 */
export interface OptionalEngines {
  nlp: typeof nlpType;
  regex: typeof RE2JS;
}

export type EngineName = keyof OptionalEngines;

type Loader<K extends EngineName> = () => Promise<OptionalEngines[K]>;

const loaders: { [K in EngineName]?: Loader<K> } = {};
const loaded: Partial<OptionalEngines> = {};
const pending: { [K in EngineName]?: Promise<OptionalEngines[K]> } = {};
const failures: { [K in EngineName]?: string } = {};

/** How this host loads an engine; replaces any earlier loader (an engine already loaded stays loaded). */
export function setEngineLoader<K extends EngineName>(name: K, load: Loader<K>): void {
  loaders[name] = load as (typeof loaders)[K];
}

/** Loads an engine once; callers at the same time share the load, and a failed load is tried again next time. */
export function loadEngine<K extends EngineName>(name: K): Promise<OptionalEngines[K]> {
  const ready = loaded[name];
  if (ready) return Promise.resolve(ready);
  const inFlight = pending[name];
  if (inFlight) return inFlight;
  const load = loaders[name];
  if (!load) return Promise.reject(new Error(`no way to load the ${name} engine here`));
  const loading = load().then(
    (engine) => {
      loaded[name] = engine;
      delete pending[name];
      delete failures[name];
      return engine;
    },
    (error: unknown) => {
      delete pending[name];
      failures[name] = error instanceof Error ? error.message : String(error);
      throw error;
    },
  );
  pending[name] = loading as (typeof pending)[K];
  return loading;
}

/** The engine if it has been loaded, else undefined. */
export function loadedEngine<K extends EngineName>(name: K): OptionalEngines[K] | undefined {
  return loaded[name];
}

/** Why the engine's last load failed, if it did and no load has succeeded since. */
export function engineLoadFailure(name: EngineName): string | undefined {
  return failures[name];
}

/** The engines loaded so far, in a fixed order (compiled policies depend on them, so their cache key does). */
export function loadedEngineNames(): EngineName[] {
  return ENGINE_NAMES.filter((name) => loaded[name] !== undefined);
}

const ENGINE_NAMES: readonly EngineName[] = ['nlp', 'regex'];
const isEngineName = (kind: string): kind is EngineName => (ENGINE_NAMES as readonly string[]).includes(kind);

/** The engines that the packs' rules and reply situations need. */
export function enginesUsedBy(packs: readonly Pick<Pack, 'rules' | 'situations'>[]): EngineName[] {
  const kinds = new Set(packs.flatMap((p) => [...p.rules, ...p.situations].map((r) => r.match.kind)));
  return ENGINE_NAMES.filter((name) => kinds.has(name));
}

/** The engines pack JSON text may need, read before the text is parsed (cheap, and may over-count). */
export function enginesNamedIn(packText: string): EngineName[] {
  const names = new Set<EngineName>();
  for (const [, kind] of packText.matchAll(/"kind"\s*:\s*"([a-z]+)"/g)) if (kind && isEngineName(kind)) names.add(kind);
  return ENGINE_NAMES.filter((name) => names.has(name));
}

/**
 * Loads every named engine. Never rejects: an engine that fails to load stays unloaded, its rules are then
 * refused with the reason when a pack is compiled (every other rule still runs), and the next call tries again.
 */
export async function loadEngines(names: readonly EngineName[]): Promise<void> {
  await Promise.allSettled(names.map((name) => loadEngine(name)));
}

const ENGINE_LABELS: Record<EngineName, string> = { nlp: 'NLP', regex: 'regex' };

/** Why a rule of this engine's kind cannot compile while the engine is not loaded. */
export function engineMissingReason(name: EngineName): string {
  const failure = failures[name];
  const state = failure ? `failed to load (${failure})` : 'is not loaded (loadEngine)';
  return `the ${ENGINE_LABELS[name]} engine ${state} for this ${name} rule`;
}

/** Loads the engines that pack JSON text may need. */
export function loadEnginesFor(packText: string): Promise<void> {
  return loadEngines(enginesNamedIn(packText));
}
