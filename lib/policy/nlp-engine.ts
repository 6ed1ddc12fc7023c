import type nlpType from 'compromise';
import type { Pack } from './schema';

/**
 * compromise, the NLP library behind pack rules of kind `nlp`, costs about 0.4 s of start-up (it builds its
 * lexicon when its module runs). The baseline has no nlp rules, so the engine is loaded on demand: a dynamic
 * import, which the bundler keeps out of the service worker's start-up, awaited wherever packs come in
 * (activating, syncing, importing, the CLI) before a pack that needs it is compiled.
 */
type Nlp = typeof nlpType;

let engine: Nlp | undefined;

export async function loadNlpEngine(): Promise<Nlp> {
  engine ??= (await import('compromise')).default;
  return engine;
}

/** The engine if it has been loaded, else undefined (matchers then refuse nlp rules with a reason). */
export function loadedNlpEngine(): Nlp | undefined {
  return engine;
}

/** True when any of the packs has an nlp rule or situation. */
export function packsUseNlp(packs: readonly Pick<Pack, 'rules' | 'situations'>[]): boolean {
  return packs.some((p) => p.rules.some((r) => r.match.kind === 'nlp') || p.situations.some((s) => s.match.kind === 'nlp'));
}

/** Loads the engine when pack JSON text may hold an nlp rule (cheap to ask before the text is parsed). */
export async function loadNlpEngineFor(packText: string): Promise<void> {
  if (/"kind"\s*:\s*"nlp"/.test(packText)) await loadNlpEngine();
}
