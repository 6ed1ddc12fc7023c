import { describe, expect, it } from 'vitest';
import { urlDetector } from './url';

function find(text: string, domains: string[] = []) {
  const allow = { names: new Set<string>(), domains: new Set(domains), terms: new Set<string>() };
  return urlDetector
    .detect({ text, context: {}, allow, options: {} })
    .map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
}

describe('URL detector', () => {
  it('is certain about fundraisers, care journals and profiles', () => {
    expect(find('Please give: https://www.gofundme.com/f/help-the-quill-family!')).toEqual([
      { value: 'https://www.gofundme.com/f/help-the-quill-family', confidence: 0.9 },
    ]);
    expect(find('updates at caringbridge.org/visit/patquill')[0]?.confidence).toBe(0.9);
    expect(find('see instagram.com/pat_quill_77.')[0]).toEqual({ value: 'instagram.com/pat_quill_77', confidence: 0.9 });
  });

  it('reports other links as warnings and a social site’s own pages not as profiles', () => {
    expect(find('read http://example.net/article')[0]?.confidence).toBe(0.6);
    expect(find('join us on https://www.facebook.com/ today')[0]?.confidence).toBe(0.6);
  });

  it('skips the organisation’s approved domains and their subdomains', () => {
    expect(find('book at https://portal.ourhospital.example/visits and www.ourhospital.example', ['ourhospital.example'])).toEqual([]);
  });

  it.each(['FEET ARE WARM.CO AND', 'pressure support.tv 300cc', 'pcwp 11.CO/ci', 'E11.9 noted', 'pt.is resting', 'jo@mail.example.com'])(
    'does not read shorthand or an email as a link: %s',
    (text) => expect(find(text)).toEqual([]),
  );

  it('trims sentence punctuation and an unopened bracket', () => {
    expect(find('(see https://example.org/a?b=1).')[0]?.value).toBe('https://example.org/a?b=1');
  });

  it('returns on a 100,000-character adversarial string', () => {
    expect(Array.isArray(find('http://a.'.repeat(11_200)))).toBe(true);
    expect(Array.isArray(find('a.b.c.com.'.repeat(10_000)))).toBe(true);
  });
});
