/**
 * Account numbers — 45 CFR 164.514(b)(2)(i)(J): payment cards, bank accounts and billing accounts.
 * - Payment cards: 12–19 digits (ISO/IEC 7812-1) passing the Luhn check with a known issuer prefix (IIN ranges
 *   published by the card networks: Visa 4; Mastercard 51–55, 2221–2720; Maestro 50, 56–69; Amex 34, 37;
 *   Discover, UnionPay and others 6; Diners 300–305, 36, 38–39; JCB 3528–3589) stand alone; with a card cue
 *   the checksum only decides how sure we are.
 * - IBANs (ISO 13616-1) are reported when their mod-97 check holds.
 * - Bank and billing account numbers after "account #", "acct", "routing" (ABA check digit) and similar cues.
 */
import type { Candidate, Detector } from '../detector';
import { abaValid } from './checksums/aba';
import { ibanValid } from './checksums/iban';
import { luhnValid } from './checksums/luhn';
import { cueMatcher, cueScan } from './cues';
import { dropOverlaps, findCuedIdentifiers } from './other-id';

// One digit then 11–18 more, each optionally after a space or hyphen ("4111 1111 1111 1111").
const CARD = /(?<![\p{L}\p{N}\-.\/])\d(?:[ \-]?\d){11,18}(?![\p{L}\p{N}]|[ \-.\/]\d)/gu;
const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)(?![\p{L}\p{N}])/gu;
const CARD_CUE = cueMatcher([
  'card', 'cards', 'credit card', 'debit card', 'cc', 'visa', 'mastercard', 'amex', 'american express', 'discover',
  'card no', 'card number', 'card #', 'pan', 'payment',
]);
const ACCOUNT_CUE = cueScan([
  'account', 'account number', 'account no', 'account #', 'acct', 'acct #', 'acct no', 'acc no',
  'bank account', 'checking account', 'savings account', 'billing account', 'billing number', 'guarantor account',
  'patient account', 'invoice', 'invoice number', 'statement number',
]);
const ROUTING_CUE = cueScan(['routing', 'routing number', 'routing #', 'routing no', 'aba', 'aba number', 'rtn']);
const IIN = /^(?:4|5[0-9]|6|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|30[0-5]|3[689]|35(?:2[89]|[3-8]\d))/;
const FIXES = [{ label: 'Remove the account number', replacement: '[account removed]' }];

function cards(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    const luhn = luhnValid(digits);
    const cued = CARD_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    let confidence = 0;
    if (cued) confidence = luhn ? 0.95 : 0.8;
    else if (luhn && digits.length >= 13 && IIN.test(digits)) confidence = 0.9;
    if (confidence === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, confidence, message: 'Payment card number', fixes: FIXES });
  }
  return out;
}

export const accountDetector: Detector = {
  id: 'account',
  description:
    'Payment card numbers (Luhn + issuer prefix), IBANs (mod-97), and bank or billing account numbers after a cue — 45 CFR 164.514(b)(2)(i)(J).',
  detect({ text }) {
    const out = cards(text);
    for (const m of text.matchAll(IBAN)) {
      if (!ibanValid(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.95, message: 'Bank account number (IBAN)', fixes: FIXES });
    }
    for (const id of findCuedIdentifiers(text, ROUTING_CUE, { minDigits: 9, accept: abaValid })) {
      out.push({ start: id.start, end: id.end, confidence: 0.9, message: 'Bank routing number', fixes: FIXES });
    }
    for (const id of findCuedIdentifiers(text, ACCOUNT_CUE, { minDigits: 4 })) {
      out.push({ start: id.start, end: id.end, confidence: 0.85, fixes: FIXES });
    }
    return dropOverlaps(out);
  },
};
