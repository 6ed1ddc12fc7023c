import { describe, it, expect } from 'vitest';
import { findLinks, isUnderDomain } from './links';

describe('findLinks', () => {
  it('finds links with a scheme, with www. and as bare domains, without trailing punctuation', () => {
    const text = 'Read https://Health.Example.org/flu?x=1, www.example.com or bit.ly/3abc.';
    expect(findLinks(text).map((l) => [text.slice(l.start, l.end), l.host])).toEqual([
      ['https://Health.Example.org/flu?x=1', 'health.example.org'],
      ['www.example.com', 'example.com'],
      ['bit.ly/3abc', 'bit.ly'],
    ]);
  });

  it('ignores abbreviations, emails and decimals', () => {
    expect(findLinks('e.g. Dr.Smith, nurse@example.org, 3.5 mg, U.S. data')).toEqual([]);
  });

  it('stays linear on a long run of dotted letters', () => {
    expect(findLinks('a.'.repeat(50_000))).toEqual([]);
  });
});

describe('isUnderDomain', () => {
  const approved = new Set(['example.org']);
  it('accepts the domain and its subdomains only', () => {
    expect(isUnderDomain('example.org', approved)).toBe(true);
    expect(isUnderDomain('news.example.org', approved)).toBe(true);
    expect(isUnderDomain('badexample.org', approved)).toBe(false);
    expect(isUnderDomain('example.org.evil.test', approved)).toBe(false);
  });
});
