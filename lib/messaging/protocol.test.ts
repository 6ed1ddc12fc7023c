import { describe, expect, it } from 'vitest';
import { describeIssues, requestSchema } from './protocol';

describe('request schema', () => {
  it('accepts every kind of request', () => {
    const finding = { ruleId: 'phi.phone', type: 'phone', severity: 'block', category: 'phi', value: '(617) 555-0134' };
    const requests = [
      { type: 'check', text: 'call me', context: { site: 'x', surface: 'reply', replyTo: 'hi' }, draftKey: 'x:reply:1' },
      { type: 'audit', kind: 'overridden', findings: [finding], site: 'x', surface: 'post', reason: 'This is not about a patient' },
      { type: 'audit', kind: 'submitted', findings: [], draftKey: 'x:post:1' },
      { type: 'getSettings' },
      { type: 'setSiteEnabled', site: 'facebook', enabled: false },
      { type: 'dismiss', draftKey: 'x:post:1', finding },
      { type: 'getStatus', site: 'linkedin' },
      { type: 'getTemplates' },
    ];
    for (const request of requests) expect(requestSchema.safeParse(request).success).toBe(true);
  });

  it('refuses unknown types, audit kinds only the background may write, and missing fields', () => {
    const finding = { ruleId: 'phi.phone', type: 'phone', severity: 'block', category: 'phi', value: 'x' };
    for (const request of [
      { type: 'eval', code: '1' },
      { type: 'audit', kind: 'shown', findings: [finding] },
      { type: 'check', text: 'hi', context: {} },
      { type: 'dismiss', draftKey: 'k', finding: { ...finding, type: 'shoe-size' } },
    ]) {
      expect(requestSchema.safeParse(request).success).toBe(false);
    }
  });

  it('describes problems by field path and issue code, never by value', () => {
    const result = requestSchema.safeParse({ type: 'check', text: 42, context: { surface: 'Maria Alvarez' }, draftKey: 'k' });
    expect(result.success).toBe(false);
    const description = describeIssues(result.error!);
    expect(description).toContain('context.surface');
    expect(description).not.toContain('Maria');
  });
});
