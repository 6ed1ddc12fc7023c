import { describe, expect, it } from 'vitest';
import { abaValid } from './aba';
import { deaValid } from './dea';
import { ibanValid } from './iban';
import { luhnValid } from './luhn';
import { npiValid } from './npi';
import { vinValid } from './vin';

describe('check digits', () => {
  it('Luhn accepts network test card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('41x1')).toBe(false);
  });

  it('NPI uses Luhn over the 80840 prefix', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
    // Valid Luhn on its own, but not with the health-industry prefix.
    expect(luhnValid('1234567897')).toBe(true);
    expect(npiValid('1234567897')).toBe(false);
    expect(npiValid('3234567893')).toBe(false);
  });

  it('DEA check digit: (d1+d3+d5) + 2(d2+d4+d6) ends in d7', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('ab1234563')).toBe(true);
    expect(deaValid('AB1234564')).toBe(false);
    // Registrant type letters exclude I, N, O, Q, V, W, Y, Z.
    expect(deaValid('IB1234563')).toBe(false);
  });

  it('VIN position 9 check digit per 49 CFR 565', () => {
    expect(vinValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinValid('1M8GDM9A1KP042788')).toBe(false);
    expect(vinValid('1M8GDM9AXKP04278O')).toBe(false);
  });

  it('IBAN mod-97, with or without spaces', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('gb82west12345698765432')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
  });

  it('ABA routing numbers: weights 3-7-1 and a valid district prefix', () => {
    expect(abaValid('011000015')).toBe(true);
    expect(abaValid('011000016')).toBe(false);
    expect(abaValid('991000015')).toBe(false);
  });
});
