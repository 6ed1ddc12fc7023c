import { describe, expect, it } from 'vitest';
import { licenseDetector } from './license';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const find = (text: string) =>
  licenseDetector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
const values = (text: string) => find(text).map((c) => c.value);

describe('licence detector', () => {
  it("finds driver's licence, professional licence and certificate numbers after a cue", () => {
    expect(values("my driver's license number is K5520-1183-0097")).toEqual(['K5520-1183-0097']);
    expect(values('DL# S530-4417-2280')).toEqual(['S530-4417-2280']);
    expect(values('RN license 0088123 renewed')).toEqual(['0088123']);
    expect(values('board certification # 4471-22')).toEqual(['4471-22']);
    expect(values('death certificate 2024-0018871')).toEqual(['2024-0018871']);
  });

  it('finds DEA numbers by their check digit, and warns on a cued one that fails it', () => {
    expect(find('prescriber AB1234563 signed')).toEqual([{ value: 'AB1234563', confidence: 0.8 }]);
    expect(find('DEA AB1234563')[0]?.confidence).toBe(0.95);
    expect(values('code AB1234564')).toEqual([]);
    expect(find('DEA# AB1234564')[0]?.confidence).toBe(0.6);
  });

  it('finds NPIs after a cue, certain only with a valid 80840 Luhn check', () => {
    expect(find('NPI 1234567893')).toEqual([{ value: '1234567893', confidence: 0.95 }]);
    expect(find('NPI: 1234567890')[0]?.confidence).toBeLessThan(0.8);
    expect(values('call 1234567893')).toEqual([]);
  });

  it.each(['licensed in 2019', 'license to practice', 'certificate of need', 'COVID-19 Type 2 on license renewal', 'glucose mg/dL 1200'])(
    'ignores cues without a number: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('returns on a 100,000-character adversarial string', () => {
    expect(Array.isArray(values('AB12345639'.repeat(10_000)))).toBe(true);
    expect(Array.isArray(values('license # '.repeat(10_000)))).toBe(true);
  });
});
