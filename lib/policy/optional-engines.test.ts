import { describe, expect, it, vi } from 'vitest';
import { check } from '../engine/check';
import { compilePolicy } from './compile';
import {
  enginesNamedIn,
  enginesUsedBy,
  loadEngine,
  loadEnginesFor,
  loadedEngine,
} from './optional-engines';
import { makeTestPack } from './test-pack';

const nlpPack = makeTestPack({
  rules: [
    {
      id: 'org.cure-verb', category: 'policy', type: 'misinformation', severity: 'warn', message: 'Cure claim',
      explanation: 'Example policy 7', match: { kind: 'nlp', pattern: '(cures|cured) #Noun' },
    },
  ],
});

const regexPack = makeTestPack({
  rules: [
    {
      id: 'org.badge', category: 'policy', type: 'professionalism', severity: 'warn', message: 'Staff badge number',
      explanation: 'Example policy 9', match: { kind: 'regex', pattern: 'badge [0-9]{4}' },
    },
  ],
});

describe('optional pack engines, loaded on demand', () => {
  // The unit set-up (tests/unit/optional-engines-setup.ts) loads the regex engine by import; nlp waits.
  it('refuses nlp rules with a reason until the nlp engine is loaded, then runs them', async () => {
    expect(loadedEngine('nlp')).toBeUndefined();
    expect(compilePolicy([nlpPack]).problems).toEqual([
      { ruleId: 'org.cure-verb', reason: 'the NLP engine is not loaded (loadEngine) for this nlp rule' },
    ]);
    await loadEnginesFor('{"rules":[{"match":{"kind": "nlp","pattern":"x"}}]}');
    expect(loadedEngine('nlp')).toBeDefined();
    const policy = compilePolicy([nlpPack]);
    expect(policy.problems).toEqual([]);
    const text = 'This tea cured cancer overnight.';
    const [finding] = check(text, {}, policy).filter((f) => f.ruleId === 'org.cure-verb');
    expect(text.slice(finding!.start, finding!.end)).toBe('cured cancer');
    // compromise counts the punctuation after a match's last word as part of it; the span ends at the word.
    const ending = 'No juice ever cured cancer.';
    const [last] = check(ending, {}, policy).filter((f) => f.ruleId === 'org.cure-verb');
    expect(ending.slice(last!.start, last!.end)).toBe('cured cancer');
    expect(await loadEngine('nlp')).toBe(loadedEngine('nlp'));
  });

  it('runs regex rules once the regex engine is loaded', () => {
    const text = 'Our porter with badge 4417 was a star today.';
    const [finding] = check(text, {}, compilePolicy([regexPack])).filter((f) => f.ruleId === 'org.badge');
    expect(text.slice(finding!.start, finding!.end)).toBe('badge 4417');
  });

  it('names the engines that packs, or pack text, need', () => {
    expect(enginesUsedBy([nlpPack, regexPack])).toEqual(['nlp', 'regex']);
    expect(enginesUsedBy([makeTestPack({})])).toEqual([]);
    expect(enginesNamedIn('{"rules":[{"match":{"kind":"regex","pattern":"a"}},{"match":{"kind":"terms"}}]}')).toEqual(['regex']);
    expect(enginesNamedIn('{"rules":[]}')).toEqual([]);
  });
});

describe('loading an engine', () => {
  it('shares one load between callers, and tries a failed load again', async () => {
    // A fresh module instance, so this test's loaders do not touch the engines loaded above.
    vi.resetModules();
    const engines = await import('./optional-engines');
    let calls = 0;
    const fake = { name: 'fake regex engine' } as unknown as Awaited<ReturnType<typeof loadEngine<'regex'>>>;
    engines.setEngineLoader('regex', async () => {
      calls += 1;
      if (calls === 1) throw new Error('script failed to load');
      return fake;
    });
    await expect(engines.loadEngine('regex')).rejects.toThrow('script failed to load');
    expect(engines.loadedEngine('regex')).toBeUndefined();
    const [a, b] = await Promise.all([engines.loadEngine('regex'), engines.loadEngine('regex')]);
    expect(a).toBe(fake);
    expect(b).toBe(fake);
    expect(calls).toBe(2);
    await expect(engines.loadEngine('nlp')).rejects.toThrow('no way to load the nlp engine here');
  });

  it('leaves rules of an engine that fails to load refused with the reason, and the rest of the pack running', async () => {
    vi.resetModules();
    const engines = await import('./optional-engines');
    const { compilePolicy: compileFresh } = await import('./compile');
    engines.setEngineLoader('regex', () => Promise.reject(new Error('/regex-engine.js failed to load')));
    await engines.loadEnginesFor(JSON.stringify(regexPack));
    const policy = compileFresh([regexPack]);
    expect(policy.problems).toEqual([
      { ruleId: 'org.badge', reason: 'the regex engine failed to load (/regex-engine.js failed to load) for this regex rule' },
    ]);
    const text = 'Call Dr. Ana Ruiz about badge 4417.';
    expect(check(text, {}, policy).map((f) => f.type)).toContain('name');
  });
});
