import { describe, expect, it } from 'vitest';
import { check } from '../engine/check';
import { baselinePack } from './baseline';
import { baselinePolicy, compilePolicy } from './compile';
import { makeTestPack } from './test-pack';
import type { PackInput } from './schema';

type RuleInput = NonNullable<PackInput['rules']>[number];

const rule = (over: Partial<RuleInput>): RuleInput => ({
  id: 'org.promo.best',
  category: 'policy',
  type: 'promotion',
  severity: 'warn',
  message: 'Superlative claim',
  explanation: 'Example Health marketing policy 4.2',
  match: { kind: 'terms', terms: ['best in the state'] },
  ...over,
});

describe('compilePolicy', () => {
  it('prepends the baseline for a pack that extends it', () => {
    const policy = compilePolicy([makeTestPack()]);
    expect(policy.packs.map((p) => p.id)).toEqual(['phi-guard.baseline', 'org.example.social']);
    expect(policy.rules.length).toBe(baselinePolicy().rules.length);
  });

  it('refuses a pack that extends a pack that is not loaded', () => {
    expect(() => compilePolicy([makeTestPack({ extends: 'org.other' })])).toThrow(/org\.other/);
  });

  it('adds rules, overrides inherited rules by id and switches them off', () => {
    const inherited = baselinePack().rules[0]!;
    const policy = compilePolicy([
      makeTestPack({
        rules: [rule({}), { ...inherited, severity: 'info' }],
        disabledRules: [baselinePack().rules[1]!.id],
      }),
    ]);
    const ids = policy.rules.map((r) => r.rule.id);
    expect(ids).toContain('org.promo.best');
    expect(ids).not.toContain(baselinePack().rules[1]!.id);
    expect(policy.rules.find((r) => r.rule.id === inherited.id)!.rule.severity).toBe('info');
  });

  it('leaves out a catastrophic regex with the reason and keeps the other rules', () => {
    const policy = compilePolicy([
      makeTestPack({
        rules: [
          rule({ id: 'org.bad', match: { kind: 'regex', pattern: '(?=a)b' } }),
          rule({ id: 'org.empty', match: { kind: 'regex', pattern: 'x*' } }),
          rule({}),
        ],
      }),
    ]);
    expect(policy.problems.map((p) => p.ruleId)).toEqual(['org.bad', 'org.empty']);
    expect(policy.problems[0]!.reason).toMatch(/look-around/);
    expect(policy.problems[1]!.reason).toMatch(/empty string/);
    expect(policy.rules.map((r) => r.rule.id)).toContain('org.promo.best');
  });

  it('runs a pack regex that would backtrack exponentially in linear time', () => {
    const policy = compilePolicy([
      makeTestPack({ rules: [rule({ id: 'org.redos', match: { kind: 'regex', pattern: '(a+)+$b' } })] }),
    ]);
    // With a backtracking engine this input takes longer than the age of the universe; RE2 returns at once.
    const findings = check(`${'a'.repeat(50_000)}!`, {}, policy).filter((f) => f.ruleId === 'org.redos');
    expect(findings).toEqual([]);
  });

  it('reports an unknown detector as a problem', () => {
    const policy = compilePolicy([
      makeTestPack({ rules: [rule({ id: 'org.x', match: { kind: 'detector', detector: 'horoscope' } })] }),
    ]);
    expect(policy.problems).toEqual([{ ruleId: 'org.x', reason: 'unknown detector "horoscope"' }]);
  });

  it('merges variables, allow-lists and settings with the later pack winning', () => {
    const policy = compilePolicy([
      makeTestPack({
        variables: { orgName: 'Example Health', orgPhone: '(555) 010-0100' },
        allowLists: { staffNames: ['Dana Whitfield'], approvedDomains: ['*.example.org'] },
        settings: { failMode: 'closed' },
      }),
    ]);
    expect(policy.variables).toMatchObject({ orgName: 'Example Health', orgPhone: '(555) 010-0100' });
    expect(policy.allow.names.has('dana whitfield')).toBe(true);
    expect(policy.allow.domains.has('example.org')).toBe(true);
    expect(policy.settings.failMode).toBe('closed');
    expect(policy.settings.blockOnSubmit).toBe(true);
  });

  it('keeps an earlier pack\'s settings that a later pack does not state', () => {
    const first = makeTestPack({ id: 'org.first', settings: { overrideReasons: ['Consent on file'], failMode: 'closed' } });
    const second = makeTestPack({ id: 'org.second', extends: 'org.first', settings: { blockOnSubmit: false } });
    const policy = compilePolicy([first, second]);
    expect(policy.settings).toMatchObject({ overrideReasons: ['Consent on file'], failMode: 'closed', blockOnSubmit: false });
  });

  it('never flags the organisation\'s own details that its templates insert', () => {
    const policy = compilePolicy([makeTestPack({ variables: { orgPhone: '(617) 555-0100' } })]);
    expect(check('Please call us on (617) 555-0100 today.', {}, policy).filter((f) => f.type === 'phone')).toEqual([]);
    expect(check('Please call (617) 555-0199 today.', {}, policy).filter((f) => f.type === 'phone')).toHaveLength(1);
  });

  it('reuses the compiled policy for the same pack content and recompiles after an edit', () => {
    const a = compilePolicy([makeTestPack({ rules: [rule({})] })]);
    expect(compilePolicy([makeTestPack({ rules: [rule({})] })])).toBe(a);
    const edited = compilePolicy([makeTestPack({ rules: [rule({ severity: 'block' })] })]);
    expect(edited).not.toBe(a);
  });
});
