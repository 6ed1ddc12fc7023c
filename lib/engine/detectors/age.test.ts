import { describe, expect, it } from 'vitest';
import { ageDetector } from './age';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };

function found(text: string) {
  return ageDetector.detect({ text, context: {}, allow, options: {} });
}
function spans(text: string): string[] {
  return found(text).map((c) => text.slice(c.start, c.end));
}

describe('age detector: ages over 89', () => {
  it.each([
    ['Lovely chat with a 92-year-old about gardening.', '92-year-old'],
    ['Pt is a 92 yo retired pilot.', '92 yo'],
    ['Seen today: 92 y/o with a fall.', '92 y/o'],
    ['Still driving at age 94!', 'age 94'],
    ['A woman aged 91 ran the charity walk.', 'aged 91'],
    ['He is ninety two years old and sharp.', 'ninety two years old'],
    ['Met a 103 year old veteran today.', '103 year old'],
    ['She is ninety-two.', 'ninety-two'],
    ['A ninety-one-year-old came in.', 'ninety-one-year-old'],
    ['He turned 95 today.', '95'],
    ['Consult: 92M with new confusion.', '92M'],
    ['Pt is 92 F, alert.', '92 F'],
    ['Admitted a 97 yof for syncope.', '97 yof'],
    ['She is a hundred and one years old.', 'a hundred and one years old'],
  ])('finds %j', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('aggregates to 90+ in the fix', () => {
    const [c] = found('A 92-year-old walked in.');
    expect(c?.fixes?.[0]?.replacement).toBe('90+-year-old');
    expect(found('Still sharp at age 94.')[0]?.fixes?.[0]?.replacement).toBe('age 90+');
    expect(found('He is ninety-two years old.')[0]?.fixes?.[0]?.replacement).toBe('ninety-plus years old');
  });

  it('reports a decade over 89 as a warning, with an "over 90" fix', () => {
    const [c] = found('Still gardening in her 90s.');
    expect(c && 'Still gardening in her 90s.'.slice(c.start, c.end)).toBe('in her 90s');
    expect(c?.confidence).toBeLessThan(0.8);
    expect(c?.fixes?.[0]?.replacement).toBe('over 90');
  });

  it('reports a birth year that implies an age over 89', () => {
    expect(spans('She was born in 1921 in a farmhouse.')).toEqual(['born in 1921']);
    expect(spans('She was born in 2001.')).toEqual([]);
  });
});

describe('age detector: allowed ages and near-misses', () => {
  it.each([
    'An 89-year-old with a hip fracture.',
    'Pt is 89 yo and independent.',
    'At age 89 she still swims.',
    'A 45 y/o runner collapsed.',
    '89M with chest pain.',
    'She is eighty-nine.',
  ])('does not report an age of 89 or under: %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    'Our 100-year-old hospital celebrates today.',
    'Temp 92 F on arrival, warming blanket on.',
    'HR 92 and BP 110/70.',
    'Sats in the 90s on 2 L.',
    'SBP in the 90\'s after the bolus.',
    'Turn 90 degrees to the left.',
    'We have ninety-two beds.',
    'See page 94 of the manual.',
  ])('does not report %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('completes on 100,000 characters of repeated age-like text', () => {
    for (const unit of ['92 yo ', 'ninety ', 'a hundred ', 'in her ', '1/1/']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      expect(Array.isArray(found(text))).toBe(true);
    }
  });
});
