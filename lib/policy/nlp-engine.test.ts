import { describe, expect, it } from 'vitest';
import { check } from '../engine/check';
import { compilePolicy } from './compile';
import { loadNlpEngine, loadNlpEngineFor, loadedNlpEngine, packsUseNlp } from './nlp-engine';
import { makeTestPack } from './test-pack';

const nlpPack = makeTestPack({
  rules: [
    {
      id: 'org.cure-verb', category: 'policy', type: 'misinformation', severity: 'warn', message: 'Cure claim',
      explanation: 'Example policy 7', match: { kind: 'nlp', pattern: '(cures|cured) #Noun' },
    },
  ],
});

describe('the NLP engine, loaded on demand', () => {
  it('is not loaded by the baseline and refuses nlp rules with a reason until it is', async () => {
    expect(loadedNlpEngine()).toBeUndefined();
    expect(packsUseNlp([nlpPack])).toBe(true);
    expect(compilePolicy([nlpPack]).problems).toEqual([
      { ruleId: 'org.cure-verb', reason: 'the NLP engine is not loaded (loadNlpEngine) for this nlp rule' },
    ]);
    await loadNlpEngineFor('{"rules":[{"match":{"kind": "nlp","pattern":"x"}}]}');
    expect(loadedNlpEngine()).toBeDefined();
    const policy = compilePolicy([nlpPack]);
    expect(policy.problems).toEqual([]);
    const text = 'This tea cured cancer overnight.';
    const [finding] = check(text, {}, policy).filter((f) => f.ruleId === 'org.cure-verb');
    expect(text.slice(finding!.start, finding!.end)).toBe('cured cancer');
    expect(await loadNlpEngine()).toBe(loadedNlpEngine());
  });
});
