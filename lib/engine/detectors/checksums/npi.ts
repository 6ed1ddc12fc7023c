import { luhnValid } from './luhn';

/**
 * National Provider Identifier check digit (CMS, "Requirements for NPI Check Digit", 45 CFR 162.406): the
 * Luhn check over the 10 digits prefixed with 80840, the ISO 7812 issuer prefix for US health applications.
 */
export function npiValid(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && luhnValid(`80840${digits}`);
}
