import { describe, expect, it } from 'vitest';
import { healthPlanDetector } from './health-plan';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const find = (text: string) =>
  healthPlanDetector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
const values = (text: string) => find(text).map((c) => c.value);

describe('health plan detector', () => {
  it.each([
    ['member ID: XJQ448812901', 'XJQ448812901'],
    ['Policy # PB-8841772', 'PB-8841772'],
    ['subscriber 44120987', '44120987'],
    ['Medicaid number 8812004471', '8812004471'],
    ['insurance ID is W44871203', 'W44871203'],
    ['group no. 770014', '770014'],
  ])('finds a plan number after its cue: %s', (text, expected) => expect(values(text)).toEqual([expected]));

  it('finds a Medicare Beneficiary Identifier by its CMS format, with or without dashes', () => {
    expect(find('card shows 1EG4TE5MK73 on front')).toEqual([{ value: '1EG4TE5MK73', confidence: 0.8 }]);
    expect(values('1EG4-TE5-MK73')).toEqual(['1EG4-TE5-MK73']);
    // S, L, O, I, B and Z are never used in an MBI.
    expect(values('1SG4TE5MK73')).toEqual([]);
    expect(values('0EG4TE5MK73')).toEqual([]);
  });

  it.each(['policy 2024 update', 'per hospital policy', 'Medicare covers 80%', 'group 3 patients', 'subscriber since 2019'])(
    'ignores cues without a code: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('returns on a 100,000-character adversarial string', () => {
    expect(Array.isArray(values('1EG4-'.repeat(20_000)))).toBe(true);
  });
});
