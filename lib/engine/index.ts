/** The check engine's public surface: platform-neutral, runs in the service worker, Node and vitest. */
export { check, checkWithReport, MAX_CHECKED_CHARS } from './check';
export type { CheckReport } from './check';
export { classifySituation } from './situation';
export * from './finding';
export type { CompiledPolicy, PolicySettings } from './policy';
