import { describe, expect, it } from 'vitest';
import { accountDetector } from './account';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const find = (text: string) =>
  accountDetector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
const values = (text: string) => find(text).map((c) => c.value);

describe('account detector', () => {
  it('finds payment cards by Luhn and issuer prefix without a cue', () => {
    expect(find('paid with 4111 1111 1111 1111 yesterday')).toEqual([{ value: '4111 1111 1111 1111', confidence: 0.9 }]);
    expect(values('amex 378282246310005')).toEqual(['378282246310005']);
    expect(values('ref 5555-5555-5555-4444.')).toEqual(['5555-5555-5555-4444']);
  });

  it('rejects a failing Luhn check without a cue, and is less sure of one with a cue', () => {
    expect(values('order 4111111111111112 shipped')).toEqual([]);
    expect(find('my card 4111111111111112')[0]?.confidence).toBeLessThan(0.9);
    expect(find('my card 4111111111111111')[0]?.confidence).toBe(0.95);
  });

  it('needs a known issuer prefix for uncued Luhn-valid runs', () => {
    // Valid Luhn, but 9 is no card network's prefix.
    expect(values('lot 9111111111111110')).toEqual([]);
  });

  it('finds IBANs by their mod-97 check, spaced or not', () => {
    expect(values('transfer to GB82 WEST 1234 5698 7654 32 please')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(values('iban gb82west12345698765432')).toEqual(['gb82west12345698765432']);
    expect(values('GB82WEST12345698765433')).toEqual([]);
  });

  it('finds bank and billing accounts after a cue, and routing numbers with a valid ABA check digit', () => {
    expect(values('acct # 00481-2271 was billed')).toEqual(['00481-2271']);
    expect(values('account number is 7730018842')).toEqual(['7730018842']);
    expect(values('routing 011000015, routing 011000016')).toEqual(['011000015']);
  });

  it.each([
    'vent a/c 600x12 peep 5',
    'account for 2 mg and 100,000 units',
    'my account from 2019',
    'call 617-555-0134 about the card',
    'HbA1c 7.2, SpO2 98%, BP 120/80, COVID-19',
  ])('ignores clinical and other numbers: %s', (text) => expect(values(text)).toEqual([]));

  it('returns on 100,000 characters of spaced digits', () => {
    expect(Array.isArray(values('1 2 3 4 5 6 7 8 9 0 '.repeat(5_000)))).toBe(true);
    expect(Array.isArray(values('acct '.repeat(20_000)))).toBe(true);
  });
});
