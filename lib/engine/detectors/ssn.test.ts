import { describe, expect, it } from 'vitest';
import { ssnDetector } from './ssn';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const find = (text: string) =>
  ssnDetector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));

describe('SSN detector', () => {
  it('finds the dashed form on its own and is surer with a cue', () => {
    expect(find('number 512-34-7788 on file')).toEqual([{ value: '512-34-7788', confidence: 0.85 }]);
    expect(find('SSN: 512-34-7788')[0]?.confidence).toBe(0.95);
  });

  it('needs a cue for nine bare or spaced digits', () => {
    expect(find('ref 512347788')).toEqual([]);
    expect(find('social security number 512347788')).toEqual([{ value: '512347788', confidence: 0.9 }]);
    expect(find('SSN 512 34 7788').map((c) => c.value)).toEqual(['512 34 7788']);
  });

  it.each(['000-12-3456', '666-12-3456', '901-12-3456', '512-00-3456', '512-34-0000'])(
    'rejects numbers SSA never issues: %s',
    (ssn) => expect(find(`SSN ${ssn}`)).toEqual([]),
  );

  it.each(['call 617-555-0134', 'BP 120/80', 'dated 2024-03-04', 'ICD E11.9', '512-34-77889', 'v1.512-34-7788'])(
    'ignores other numbers: %s',
    (text) => expect(find(text)).toEqual([]),
  );

  it('returns on a 100,000-character digit run with separators', () => {
    expect(Array.isArray(find('123-45-6789-'.repeat(8_400)))).toBe(true);
  });
});
