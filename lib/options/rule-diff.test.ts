import { describe, expect, it } from 'vitest';
import { makeTestPack } from '../policy/test-pack';
import type { Rule } from '../policy/schema';
import { diffRuleIds, isEmptyDiff } from './rule-diff';

function rule(id: string, severity: Rule['severity'] = 'warn'): Rule {
  return {
    id,
    category: 'policy',
    type: 'promotion',
    severity,
    enabled: true,
    message: 'No discount codes',
    explanation: 'Marketing policy',
    match: { kind: 'terms', terms: [id], caseSensitive: false },
  };
}

describe('rule-id diff between pack versions', () => {
  it('names added, removed, changed, switched-off and switched-on rules', () => {
    const older = makeTestPack({ version: 1, rules: [rule('org.a'), rule('org.b'), rule('org.c')], disabledRules: ['phi.ssn'] });
    const newer = makeTestPack({ version: 2, rules: [rule('org.a'), rule('org.c', 'block'), rule('org.d')], disabledRules: ['phi.fax'] });
    expect(diffRuleIds(older, newer)).toEqual({
      added: ['org.d'],
      removed: ['org.b'],
      changed: ['org.c'],
      disabled: ['phi.fax'],
      reenabled: ['phi.ssn'],
    });
  });

  it('treats the first version as adding all its rules, and an identical version as no change', () => {
    const first = makeTestPack({ rules: [rule('org.a')] });
    expect(diffRuleIds(undefined, first).added).toEqual(['org.a']);
    expect(isEmptyDiff(diffRuleIds(first, { ...first, version: 2 }))).toBe(true);
  });
});
