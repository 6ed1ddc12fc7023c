import { describe, expect, it } from 'vitest';
import { vehicleDetector } from './vehicle';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const find = (text: string) =>
  vehicleDetector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
const values = (text: string) => find(text).map((c) => c.value);

describe('vehicle detector', () => {
  it('finds VINs whose check digit holds', () => {
    expect(find('towed car 1M8GDM9AXKP042788 from the lot')).toEqual([{ value: '1M8GDM9AXKP042788', confidence: 0.9 }]);
    expect(values('part 1M8GDM9A1KP042788')).toEqual([]);
    expect(find('VIN 1M8GDM9A1KP042788')[0]?.confidence).toBeLessThan(0.8);
  });

  it('finds licence plates only after a plate cue', () => {
    expect(values('plate 7QKD482 in the ED bay')).toEqual(['7QKD482']);
    expect(values('license plate KXL-4821')).toEqual(['KXL-4821']);
    expect(values('parked 7QKD482 outside')).toEqual([]);
  });

  it.each(['plate and screws placed', 'tag 3 friends', 'platelets 150', 'tag 2024', 'ORIF with plate 4.5mm'])(
    'ignores cues without a plate: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('returns on a 100,000-character adversarial string', () => {
    expect(Array.isArray(values('ABCDEFGH1234567890'.repeat(5_600)))).toBe(true);
  });
});
