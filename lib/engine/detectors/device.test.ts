import { describe, expect, it } from 'vitest';
import { deviceDetector } from './device';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const find = (text: string) =>
  deviceDetector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
const values = (text: string) => find(text).map((c) => c.value);

describe('device detector', () => {
  it.each([
    ['pacemaker serial PJN448120R', 'PJN448120R'],
    ['pump S/N: 88-41120-7', '88-41120-7'],
    ['SN: QX7781204', 'QX7781204'],
    ['device ID 00A4-7781-22', '00A4-7781-22'],
  ])('finds serial numbers after a device cue: %s', (text, expected) => expect(values(text)).toEqual([expected]));

  it('finds a GS1 UDI after a UDI cue', () => {
    expect(values('UDI (01)00844588003288(17)141120(10)7654321D(21)10987654d321 on box')).toEqual([
      '(01)00844588003288(17)141120(10)7654321D(21)10987654d321',
    ]);
  });

  it('finds IMEIs, certain only when the Luhn check holds', () => {
    expect(find('IMEI 490154203237518')).toEqual([{ value: '490154203237518', confidence: 0.95 }]);
    expect(find('IMEI 490154203237519')[0]?.confidence).toBeLessThan(0.8);
  });

  it.each(['SN 2 assist', 'serial imaging in 2 weeks', 'serial troponins 0.04', 'S/N ratio 12 dB'])(
    'ignores cues without a serial: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('returns on a 100,000-character adversarial string', () => {
    expect(Array.isArray(values('serial #(01)'.repeat(8_400)))).toBe(true);
  });
});
