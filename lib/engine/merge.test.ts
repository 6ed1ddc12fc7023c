import { describe, expect, it } from 'vitest';
import type { Finding } from './finding';
import { mergeFindings } from './merge';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'phi.test',
  category: 'phi',
  type: 'name',
  severity: 'block',
  start: 0,
  end: 1,
  message: 'm',
  ...over,
});

describe('mergeFindings', () => {
  it('sorts by position', () => {
    const out = mergeFindings([f({ start: 10, end: 12 }), f({ start: 0, end: 3 })]);
    expect(out.map((x) => x.start)).toEqual([0, 10]);
  });

  it('grows the span when overlapping findings have the same type', () => {
    const out = mergeFindings([f({ start: 0, end: 7, fixes: [{ label: 'x', replacement: 'a patient' }] }), f({ start: 4, end: 11 })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: 0, end: 11 });
    // Neither fix was written for the merged span, so none is offered.
    expect(out[0]!.fixes).toBeUndefined();
  });

  it('keeps the fix of the finding that covers the merged span', () => {
    const fixes = [{ label: 'Replace', replacement: 'a patient' }];
    const out = mergeFindings([f({ start: 0, end: 11, fixes }), f({ start: 4, end: 11 })]);
    expect(out[0]!.fixes).toEqual(fixes);
  });

  it('lets the more severe finding win, then the more specific type', () => {
    const [bySeverity] = mergeFindings([
      f({ type: 'phone', severity: 'warn', start: 0, end: 12 }),
      f({ type: 'other-id', severity: 'block', start: 2, end: 10 }),
    ]);
    expect(bySeverity).toMatchObject({ type: 'other-id', start: 2, end: 10 });
    const [bySpecificity] = mergeFindings([
      f({ type: 'other-id', start: 0, end: 12 }),
      f({ type: 'phone', start: 0, end: 12 }),
    ]);
    expect(bySpecificity!.type).toBe('phone');
  });

  it('never merges a PHI finding with a policy finding on the same words', () => {
    const out = mergeFindings([
      f({ start: 0, end: 20, category: 'policy', type: 'misinformation' }),
      f({ start: 5, end: 9 }),
    ]);
    expect(out.map((x) => x.category).sort()).toEqual(['phi', 'policy']);
  });

  it('merges a chain of overlaps into one finding', () => {
    const out = mergeFindings([f({ start: 0, end: 5 }), f({ start: 4, end: 9 }), f({ start: 8, end: 12 })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: 0, end: 12 });
  });
});
