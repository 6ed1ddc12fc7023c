import { describe, expect, it } from 'vitest';
import { execFolded, foldCase } from './fold-case';

// Every code point, alone and between letters, checked against what a case-insensitive Unicode regex sees.
function* codePoints(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
}

describe('foldCase', () => {
  it('keeps the length of any text, so match offsets stay offsets in the original', () => {
    const text = 'İstanbul ẞtraße KELVIN \u212A ſpeed Σίσυφος 𐐀𐐨 DŽ';
    expect(foldCase(text)).toHaveLength(text.length);
    for (const c of codePoints()) expect(foldCase(`a${c}b`).length).toBe(c.length + 2);
  });

  it('lower-cases words the way a case-insensitive match compares them', () => {
    expect(foldCase('Lives in MRN: 0042 İzmir')).toBe('lives in mrn: 0042 İzmir');
    expect(foldCase('\u212Aaiser Ho\u017Fpital')).toBe('kaiser hospital');
    expect(foldCase('\u0345')).toBe('\u03B9');
  });

  it('lets a lower-case regex without `i` match each character exactly where its /iu form does', () => {
    const classes = ['\\p{L}', '\\p{N}', '[^\\p{L}]', '[^\\p{L}\\p{N}]', '[\\p{L}\\p{N}]', '[\\p{L}\\p{M}]', '\\s', '\\d', '\\w', '[a-z]', '[a-z0-9_]'];
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const insensitive = [...classes, ...letters].map((p) => new RegExp(`^${p}$`, 'iu'));
    const sensitive = [...classes, ...letters].map((p) => new RegExp(`^${p}$`, 'u'));
    const mismatches: string[] = [];
    for (const c of codePoints()) {
      const folded = foldCase(c);
      for (let i = 0; i < insensitive.length; i++) {
        if (insensitive[i]!.test(c) !== sensitive[i]!.test(folded)) mismatches.push(`U+${c.codePointAt(0)!.toString(16)} ${sensitive[i]!.source}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps word boundaries where /iu puts them', () => {
    expect(/\bspeed\b/u.test(foldCase('ſpeed'))).toBe(/\bspeed\b/iu.test('ſpeed'));
    expect(/\bi\b/u.test(foldCase('İ'))).toBe(/\bi\b/iu.test('İ'));
  });
});

describe('execFolded', () => {
  it('matches in any case and returns the match and its groups as written', () => {
    const m = execFolded(/(?<![\p{L}])(dr|mrs)(\.?)\s*$/du, 'seen by DR. ');
    expect(m?.index).toBe(8);
    expect([m?.[0], m?.[1], m?.[2]]).toEqual(['DR. ', 'DR', '.']);
  });

  it('reads a letter /iu would fold, such as the long s, as written', () => {
    expect(execFolded(/(mrs)$/du, 'Mr\u017F')?.[1]).toBe('Mr\u017F');
    expect(execFolded(/(mrs)$/du, 'Mr. Smith')).toBeNull();
  });
});
