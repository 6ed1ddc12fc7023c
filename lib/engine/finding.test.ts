import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkContextSchema, findingSchema } from './finding';

describe('finding schemas', () => {
  it('switch off zod code generation for the classic schemas too (the extension CSP forbids eval)', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('accept a finding with offsets in the text and refuse fractional or negative offsets', () => {
    const finding = {
      ruleId: 'phi.phone',
      category: 'phi',
      type: 'phone',
      severity: 'block',
      start: 8,
      end: 22,
      message: 'A phone number',
    };
    expect(findingSchema.parse({ ...finding, note: 'dropped' })).toEqual(finding);
    expect(findingSchema.safeParse({ ...finding, start: 8.5 }).success).toBe(false);
    expect(findingSchema.safeParse({ ...finding, end: -1 }).success).toBe(false);
    expect(findingSchema.safeParse({ ...finding, fixes: [{ label: '', replacement: '[phone]' }] }).success).toBe(false);
  });

  it('compose into classic schemas, as the CLI and the pack format do', () => {
    const line = z.object({ ...checkContextSchema.shape, id: z.number() });
    expect(line.parse({ id: 1, surface: 'reply' })).toEqual({ id: 1, surface: 'reply' });
    expect(line.safeParse({ id: 1, site: 'x'.repeat(101) }).success).toBe(false);
    expect(z.array(findingSchema).safeParse([{}]).success).toBe(false);
  });
});
