import { describe, expect, it } from 'vitest';
import { describeIssues, requestSchema } from './protocol';

describe('request schema', () => {
  it('accepts every kind of request', () => {
    const finding = { ruleId: 'phi.phone', type: 'phone', severity: 'block', category: 'phi', value: '(617) 555-0134' };
    const requests = [
      { type: 'check', text: 'call me', context: { site: 'x', surface: 'reply', replyTo: 'hi' }, draftKey: 'x:reply:1' },
      { type: 'audit', kind: 'overridden', findings: [finding], site: 'x', surface: 'post', reason: 'This is not about a patient' },
      { type: 'audit', kind: 'submitted', findings: [], draftKey: 'x:post:1' },
      { type: 'audit', kind: 'submitted-unchecked', site: 'x', surface: 'post', draftKey: 'x:post:1' },
      { type: 'check', text: 'for a colleague', context: {}, draftKey: 'x:post:1-reason', screening: true },
      { type: 'photoWarned', identifiers: ['location', 'consent'], site: 'x', surface: 'post' },
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
      { type: 'audit', kind: 'photo-warned', findings: [] },
      { type: 'photoWarned', identifiers: [] },
      { type: 'photoWarned', identifiers: ['location', 'latitude'] },
    ]) {
      expect(requestSchema.safeParse(request).success).toBe(false);
    }
  });

  it('keeps an unchecked submission free of findings and a photo warning free of anything from the file', () => {
    const finding = { ruleId: 'phi.phone', type: 'phone', severity: 'block', category: 'phi', value: '(617) 555-0134' };
    const unchecked = requestSchema.parse({ type: 'audit', kind: 'submitted-unchecked', findings: [finding], draftKey: 'k' });
    expect(unchecked).toEqual({ type: 'audit', kind: 'submitted-unchecked', draftKey: 'k' });
    const photo = requestSchema.parse({
      type: 'photoWarned',
      identifiers: ['serial', 'consent'],
      site: 'x',
      fileName: 'IMG_2041.jpg',
      serial: 'SN 48213',
      gps: { latitude: 42.36, longitude: -71.06 },
    });
    expect(photo).toEqual({ type: 'photoWarned', identifiers: ['serial', 'consent'], site: 'x' });
  });

  it('describes problems by field path and issue code, never by value', () => {
    const result = requestSchema.safeParse({ type: 'check', text: 42, context: { surface: 'Maria Alvarez' }, draftKey: 'k' });
    expect(result.success).toBe(false);
    const description = describeIssues(result.error!);
    expect(description).toContain('context.surface');
    expect(description).not.toContain('Maria');
  });
});
