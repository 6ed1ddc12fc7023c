import { describe, expect, it } from 'vitest';
import { emailDetector } from './email';

function find(text: string, domains: string[] = []) {
  const allow = { names: new Set<string>(), domains: new Set(domains), terms: new Set<string>() };
  return emailDetector
    .detect({ text, context: {}, allow, options: {} })
    .map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence, fix: c.fixes?.[0]?.replacement }));
}

describe('email detector', () => {
  it('finds addresses and offers a placeholder', () => {
    expect(find('Write to pat.quill+notes@example-mail.test.org, thanks.')).toEqual([
      { value: 'pat.quill+notes@example-mail.test.org', confidence: 0.95, fix: '[email removed]' },
    ]);
    expect(find('(RDENT@EXAMPLE.COM)').map((c) => c.value)).toEqual(['RDENT@EXAMPLE.COM']);
  });

  it('skips the organisation’s shared mailboxes on approved domains, but not a named person there', () => {
    expect(find('Questions? media@ourhospital.example', ['ourhospital.example'])).toEqual([]);
    expect(find('email jo.rand@ourhospital.example', ['ourhospital.example'])[0]?.confidence).toBeLessThan(0.8);
  });

  it.each(['PT A@OX3...APPROPRIATE', 'ETT 22@lip, sat 98%@rest', 'meet @ 10am', 'a@b', 'x@y.z'])(
    'ignores clinical shorthand and incomplete addresses: %s',
    (text) => expect(find(text)).toEqual([]),
  );

  it('returns on a 100,000-character adversarial string', () => {
    const text = 'a.'.repeat(25_000) + '@'.repeat(10_000) + 'b-'.repeat(20_000);
    expect(find(text)).toEqual([]);
  });
});
