import { describe, expect, it } from 'vitest';
import { quasiIdentifierDetector } from './quasi-identifier';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };

function found(text: string) {
  return quasiIdentifierDetector.detect({ text, context: {}, allow, options: {} });
}
function spans(text: string): string[] {
  return found(text).map((c) => text.slice(c.start, c.end));
}

describe('quasi-identifier detector', () => {
  it('reports each identifying detail when patient context meets two kinds of detail', () => {
    expect(spans('My patient in bed 4 finally smiled yesterday.')).toEqual(['bed 4', 'yesterday']);
    expect(spans('We admitted a toddler to the PICU this morning with a rare syndrome.')).toEqual([
      'PICU',
      'this morning',
      'rare syndrome',
    ]);
    expect(spans('A patient of mine, 34 years old, was struck by lightning last week.')).toEqual([
      '34 years old',
      'struck by lightning',
      'last week',
    ]);
  });

  it('treats a titled name as patient context', () => {
    expect(spans('Tough night in bay 4 — Mr. Okafor (82) finally went home.')).toEqual(['bay 4', '(82)']);
  });

  it('gives findings a warning-level confidence and a "recently" fix for times', () => {
    const results = found('My patient in room 12 was discharged today.');
    expect(results.every((c) => c.confidence >= 0.5 && c.confidence < 0.8)).toBe(true);
    expect(results.find((c) => c.message?.includes('Recent time'))?.fixes?.[0]?.replacement).toBe('recently');
  });

  it('needs patient context', () => {
    expect(spans('Room 12 was cleaned yesterday in the ICU.')).toEqual([]);
  });

  it('needs two different kinds of detail', () => {
    expect(spans('My patient was so brave today.')).toEqual([]);
    expect(spans('My patient smiled yesterday and again today.')).toEqual([]);
  });

  it('does not join details from another paragraph', () => {
    expect(spans('My patient is recovering well in bed 4.\n\nThe cafeteria closes early today.')).toEqual([]);
  });

  it('stays quiet on chart-style notes without first-person patient context', () => {
    expect(spans('Pt in NAD this morning, sats 95% on 2 L, transferred to CCU at 1400.')).toEqual([]);
  });

  it('completes on 100,000 characters of repeated context and details', () => {
    for (const unit of ['my patient today ', 'my patient in bed 4 yesterday in the ICU ', 'Mr. A ']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      expect(Array.isArray(found(text))).toBe(true);
    }
  });
});
