import { describe, expect, it } from 'vitest';
import { mrnDetector } from './mrn';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const values = (text: string) => mrnDetector.detect({ text, context: {}, allow, options: {} }).map((c) => text.slice(c.start, c.end));

describe('MRN detector', () => {
  it.each([
    ['MRN: 00482913 admitted', '00482913'],
    ['MR# A-448120 on the label', 'A-448120'],
    ['medical record number is 7712045', '7712045'],
    ['chart #KQ88123', 'KQ88123'],
    ['hospital no. 5531902', '5531902'],
    ['UNIT NO 8812377', '8812377'],
    ['record number 99-12345', '99-12345'],
  ])('finds a code after a record cue: %s', (text, expected) => expect(values(text)).toEqual([expected]));

  it('needs the cue', () => {
    expect(values('admitted 00482913')).toEqual([]);
  });

  it.each(['chart 2 mg given', 'charted 1200 cc', 'chart review 2019', 'medical record shows BP 120/80', 'chart: 100 mg daily'])(
    'ignores measurements and years after the cue: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('returns on a 100,000-character string of cues and digits', () => {
    expect(Array.isArray(values('MRN: #-'.repeat(14_000) + '1'.repeat(2_000)))).toBe(true);
  });
});
