import { describe, expect, it } from 'vitest';
import { prepareText } from './prepare-text';

describe('prepareText', () => {
  it('leaves ordinary text alone with identity offsets', () => {
    const p = prepareText('Call 617-555-0134 today');
    expect(p.text).toBe('Call 617-555-0134 today');
    expect(p.toOriginal(5, 17)).toEqual([5, 17]);
  });

  it('removes zero-width characters and maps spans back onto the original', () => {
    const original = 'Call 617\u200B-555\u200D-0134 now';
    const p = prepareText(original);
    expect(p.text).toBe('Call 617-555-0134 now');
    const [start, end] = p.toOriginal(5, 17);
    expect(original.slice(start, end)).toBe('617\u200B-555\u200D-0134');
  });

  it('folds no-break spaces and full-width digits without changing length', () => {
    const original = 'Room\u00A0１２ ok';
    const p = prepareText(original);
    expect(p.text).toBe('Room 12 ok');
    expect(p.toOriginal(5, 7)).toEqual([5, 7]);
  });

  it('keeps the joiners of emoji sequences, which belong to one glyph', () => {
    const nurse = '\u{1F469}\u200D\u2695\uFE0F';
    expect(prepareText(`${nurse} on shift`).text).toBe(`${nurse} on shift`);
  });

  it('keeps emoji surrogate pairs and CRLF intact', () => {
    const original = '\u{1F600}\u200B Jo\r\nAnn';
    const p = prepareText(original);
    expect(p.text).toBe('\u{1F600} Jo\r\nAnn');
    const at = p.text.indexOf('Ann');
    expect(original.slice(...p.toOriginal(at, at + 3))).toBe('Ann');
  });
});
