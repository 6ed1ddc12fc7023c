import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../policy/compile';
import { makeTestPack } from '../policy/test-pack';
import { check, checkWithReport, MAX_CHECKED_CHARS } from './check';

// A pack of its own (not extending the baseline) so these tests pin the pipeline, not the detectors.
const policy = compilePolicy([
  makeTestPack({
    id: 'org.pipeline',
    extends: undefined,
    allowLists: { terms: ['bay 0'] },
    rules: [
      {
        id: 'org.bay', category: 'phi', type: 'quasi-identifier', severity: 'block', message: 'Bay number',
        explanation: 'Example policy 1', match: { kind: 'regex', pattern: 'bay \\d+' },
        fixes: [{ label: 'Remove the bay', replacement: 'the unit' }], templates: ['tpl.privacy'],
      },
      {
        id: 'org.cure', category: 'policy', type: 'misinformation', severity: 'warn', message: 'Cure claim',
        explanation: 'Example policy 2', match: { kind: 'terms', terms: ['miracle cure'] },
        near: { terms: ['buy', 'order'], within: 30 },
      },
      {
        id: 'org.reply-only', category: 'policy', type: 'medical-advice', severity: 'warn', message: 'Advice',
        explanation: 'Example policy 3', match: { kind: 'terms', terms: ['double your dose'] },
        when: { surfaces: ['reply', 'comment'] },
      },
      {
        id: 'org.x-only', category: 'policy', type: 'platform-limit', severity: 'info', message: 'X only',
        explanation: 'Example policy 4', match: { kind: 'terms', terms: ['thread'] }, when: { sites: ['x'] },
      },
    ],
  }),
]);

describe('check', () => {
  it('returns findings with exact offsets, the rule text, fixes and templates', () => {
    const text = 'Long night in bay 4 again.';
    const [finding] = check(text, {}, policy);
    expect(finding).toMatchObject({
      ruleId: 'org.bay', category: 'phi', type: 'quasi-identifier', severity: 'block', message: 'Bay number',
      explanation: 'Example policy 1', fixes: [{ label: 'Remove the bay', replacement: 'the unit' }],
      templates: ['tpl.privacy'],
    });
    expect(text.slice(finding!.start, finding!.end)).toBe('bay 4');
  });

  it('keeps offsets exact after emoji, accents, CRLF and zero-width characters', () => {
    const text = '\u{1F469}\u200D\u2695\uFE0F Équipe\r\nnight in bay\u200B 12';
    const [finding] = check(text, {}, policy);
    expect(text.slice(finding!.start, finding!.end)).toBe('bay\u200B 12');
  });

  it('applies proximity: a term only counts near one of its cue words', () => {
    expect(check('This miracle cure is nonsense.', {}, policy)).toEqual([]);
    expect(check('Order the miracle cure today!', {}, policy).map((f) => f.ruleId)).toEqual(['org.cure']);
  });

  it('applies surface and site conditions', () => {
    expect(check('Just double your dose.', { surface: 'post' }, policy)).toEqual([]);
    expect(check('Just double your dose.', { surface: 'reply' }, policy)).toHaveLength(1);
    expect(check('A thread', { site: 'linkedin' }, policy)).toEqual([]);
    expect(check('A thread', { site: 'x' }, policy)).toHaveLength(1);
  });

  it('drops PHI that the allow-lists permit', () => {
    expect(check('Tour of bay 0 for visitors', {}, policy)).toEqual([]);
  });

  it('checks a huge paste up to the limit and says so', () => {
    const text = `${'a '.repeat(MAX_CHECKED_CHARS / 2)}bay 7`;
    const findings = check(text, {}, policy);
    expect(findings.map((f) => f.ruleId)).toEqual(['engine.truncated']);
    expect(findings[0]).toMatchObject({ severity: 'info', start: MAX_CHECKED_CHARS, end: text.length });
  });

  it('keeps going when a rule throws, and names only the rule', () => {
    const throwing = {
      ...policy,
      rules: [
        ...policy.rules,
        { rule: { ...policy.rules[0]!.rule, id: 'org.broken' }, find: () => { throw new Error('boom'); } },
      ],
    };
    const report = checkWithReport('bay 3', {}, throwing);
    expect(report.failedRules).toEqual(['org.broken']);
    expect(report.findings).toHaveLength(1);
  });
});
