import { describe, expect, it } from 'vitest';
import { ipDetector } from './ip';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const values = (text: string) => ipDetector.detect({ text, context: {}, allow, options: {} }).map((c) => text.slice(c.start, c.end));

describe('IP address detector', () => {
  it('finds IPv4 addresses with valid octets', () => {
    expect(values('logged in from 203.0.113.57 twice')).toEqual(['203.0.113.57']);
    expect(values('host=198.51.100.7.')).toEqual(['198.51.100.7']);
    expect(values('bad 256.1.1.1 and 1.2.3')).toEqual([]);
  });

  it('finds IPv6 addresses, full and compressed', () => {
    expect(values('from 2001:db8:85a3:0:0:8a2e:370:7334 today')).toEqual(['2001:db8:85a3:0:0:8a2e:370:7334']);
    expect(values('address 2001:db8::ff00:42:8329')).toEqual(['2001:db8::ff00:42:8329']);
  });

  it('treats a dotted quad after a version cue as a version, not an address', () => {
    expect(values('updated the pump to version 2.4.1.0 today')).toEqual([]);
    expect(values('firmware 10.2.0.15')).toEqual([]);
  });

  it.each(['at 10:30:00 and 14:45', 'ABG 80/48/7.45.34.7', 'BP 120/80, 1:1 sitter, 24/7', 'E11.9 T100.1'])(
    'ignores clinical numbers and times: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('returns on 100,000 characters of dots, colons and hex', () => {
    expect(Array.isArray(values('1.2.3.4.5:ab:'.repeat(7_700)))).toBe(true);
    expect(Array.isArray(values('ab12:'.repeat(20_000)))).toBe(true);
  });
});
