import { setEngineLoader, type EngineName, type OptionalEngines } from '../policy/optional-engines';

/**
 * The optional pack engines (lib/policy/optional-engines.ts) as scripts of their own, loaded into the
 * background only when an active pack has an `nlp` or `regex` rule, so a worker woken for a check does not
 * parse them. Each script (entrypoints/*-engine.ts) hands its engine over on the global scope.
 */
const ENGINE_SCRIPTS: Record<EngineName, string> = {
  nlp: '/nlp-engine.js',
  regex: '/regex-engine.js',
};

type EngineHost = typeof globalThis & {
  phiGuardEngines?: Partial<OptionalEngines>;
  importScripts?: (...urls: string[]) => void;
};
const host = globalThis as EngineHost;

/** Called by an engine script when it runs. */
export function handOverEngine<K extends EngineName>(name: K, engine: OptionalEngines[K]): void {
  (host.phiGuardEngines ??= {})[name] = engine;
}

/** Makes the background load the engines from their scripts. */
export function registerEngineScripts(): void {
  for (const name of Object.keys(ENGINE_SCRIPTS) as EngineName[]) {
    setEngineLoader(name, () => runEngineScript(name));
  }
}

/**
 * Chrome's service worker may import a script after it is installed only if it imported that script while
 * installing (the Service Workers spec's script resource map; later imports of other URLs throw). So the
 * install handler imports each engine script once; a later wake then loads it from the worker's own store.
 * Firefox's background is a page, where a script element loads any of the extension's scripts at any time.
 */
export function keepEngineScriptsImportable(): void {
  const importScripts = host.importScripts;
  if (!importScripts) return;
  host.addEventListener('install', () => {
    for (const url of Object.values(ENGINE_SCRIPTS)) {
      try {
        importScripts(url);
      } catch (error) {
        console.warn('PHI Guard: an engine script could not be imported at install', url, error instanceof Error ? error.name : '');
      }
    }
  });
}

async function runEngineScript<K extends EngineName>(name: K): Promise<OptionalEngines[K]> {
  // A worker that has just installed ran the script already (keepEngineScriptsImportable).
  if (!host.phiGuardEngines?.[name]) {
    const url = ENGINE_SCRIPTS[name];
    if (host.importScripts) host.importScripts(url);
    else await appendScript(url);
  }
  const engine = host.phiGuardEngines?.[name];
  if (!engine) throw new Error(`the ${name} engine script did not hand over its engine`);
  return engine as OptionalEngines[K];
}

function appendScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${url} failed to load`));
    document.head.append(script);
  });
}
