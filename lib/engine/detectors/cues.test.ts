import { describe, expect, it } from 'vitest';
import { cueMatcher, hasCueAfter, hasCueBefore, hasCueNear } from './cues';

describe('context cues', () => {
  const fax = cueMatcher(['fax', 'facsimile', 'fax no.']);

  it('finds a cue as a whole word shortly before the span', () => {
    const text = 'Send it to our FAX: 555-0100';
    expect(hasCueBefore(text, text.indexOf('555'), fax)).toBe(true);
  });

  it('does not take part of a longer word as the cue', () => {
    const text = 'Fairfax office 555-0100';
    expect(hasCueBefore(text, text.indexOf('555'), fax)).toBe(false);
  });

  it('ignores a cue further away than the window', () => {
    const text = `fax ${'x'.repeat(60)} 555-0100`;
    expect(hasCueBefore(text, text.indexOf('555'), fax, 40)).toBe(false);
  });

  it('matches multi-word cues across any whitespace, after or on either side', () => {
    const cue = cueMatcher(['medical record']);
    expect(hasCueAfter('12345 (medical\nrecord)', 5, cue)).toBe(true);
    expect(hasCueNear('the medical  record 12345', 20, 25, cue)).toBe(true);
  });
});
