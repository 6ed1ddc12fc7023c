import { describe, it, expect } from 'vitest';
import { xWeightedLength, xWeightedLengthDetector } from './x-weighted-length';

const detect = (text: string, options: Record<string, unknown> = {}) =>
  xWeightedLengthDetector.detect({
    text,
    context: { site: 'x' },
    allow: { names: new Set(), domains: new Set(), terms: new Set() },
    options,
  });

describe('xWeightedLength', () => {
  it('counts Latin text one per character', () => {
    expect(xWeightedLength('Flu clinic open till 6pm.').weighted).toBe(25);
  });

  it('counts any link as 23, however long', () => {
    const link = 'https://example.org/a/very/long/path/to/the/seasonal/flu/vaccine/clinic/schedule';
    expect(xWeightedLength(`See ${link}`).weighted).toBe(4 + 23);
    expect(xWeightedLength('See example.org/flu').weighted).toBe(4 + 23);
  });

  it('counts CJK characters as 2', () => {
    expect(xWeightedLength('健康').weighted).toBe(4);
    expect(xWeightedLength('a健').weighted).toBe(3);
  });

  it('counts an emoji as 2, with or without a skin tone or variation selector', () => {
    expect(xWeightedLength('👍').weighted).toBe(2);
    expect(xWeightedLength('👍🏽').weighted).toBe(2);
    expect(xWeightedLength('❤️').weighted).toBe(2);
    expect(xWeightedLength('🇺🇸').weighted).toBe(2);
  });

  it('keeps quotes and dashes at weight 1 but not the ellipsis (outside the light ranges)', () => {
    expect(xWeightedLength('“quoted” — ok').weighted).toBe(13);
    expect(xWeightedLength('ok…').weighted).toBe(4);
  });
});

describe('x-weighted-length detector', () => {
  it('says nothing at exactly 280', () => {
    expect(detect('a'.repeat(280))).toEqual([]);
  });

  it('covers only the part past 280', () => {
    const [finding] = detect('a'.repeat(285));
    expect(finding).toMatchObject({ start: 280, end: 285 });
    expect(finding!.message).toMatch(/^5 over/);
  });

  it('starts the overflow where emoji push the count past the limit', () => {
    // 278 letters + two emoji = 282: the second emoji is the first thing that does not fit.
    const text = `${'a'.repeat(278)}😀😀`;
    expect(detect(text)[0]).toMatchObject({ start: 280, end: 282 });
  });

  it('honours a raised limit', () => {
    expect(detect('a'.repeat(300), { limit: 25_000 })).toEqual([]);
  });
});
