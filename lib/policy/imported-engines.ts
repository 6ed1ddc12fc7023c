import { setEngineLoader } from './optional-engines';

/**
 * Hosts that can import modules on demand (the CLI in Node, the options page, tests) load the optional
 * engines as ordinary modules. The service worker cannot (no `import()` in a service worker) and uses
 * lib/background/engine-scripts.ts instead.
 */
export function registerImportedEngines(): void {
  setEngineLoader('nlp', async () => (await import('compromise')).default);
  setEngineLoader('regex', async () => (await import('re2js')).RE2JS);
}
