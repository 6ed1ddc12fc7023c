import { describe, expect, it } from 'vitest';
import { phoneDetector } from './phone';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };

function find(text: string) {
  return phoneDetector
    .detect({ text, context: {}, allow, options: {} })
    .map((c) => ({ value: text.slice(c.start, c.end), type: c.type ?? 'phone', confidence: c.confidence }));
}
const values = (text: string) => find(text).map((c) => c.value);

describe('phone detector', () => {
  it.each([
    ['Her number is (617) 555-0134 if you need it', '(617) 555-0134'],
    ['reach the family on 617.555.0134 after six', '617.555.0134'],
    ['new number +1 617 555 0134 from today', '+1 617 555 0134'],
    ['desk line 617-555-0134 x12 for the unit', '617-555-0134 x12'],
    ['written without cue 617-555-0123 in the middle', '617-555-0123'],
  ])('finds the common US forms: %s', (text, expected) => {
    const [hit] = find(text);
    expect(hit?.value).toBe(expected);
    expect(hit!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('is more certain of a US number with a phone cue than without', () => {
    const [cued] = find('Call me at 617-555-0134 tonight');
    const [bare] = find('and 617-555-0134 tonight');
    expect(cued!.confidence).toBeGreaterThan(bare!.confidence);
  });

  it('finds international numbers written with a plus, and without one after a phone cue', () => {
    expect(values('Our cousin in London: +44 20 7946 0958.')).toEqual(['+44 20 7946 0958']);
    expect(values('Mobile: 0491 570 156')).toEqual(['0491 570 156']);
    expect(values('they are not answering at 04 91 57 01 56')).toEqual(['04 91 57 01 56']);
  });

  it('takes a seven-digit local number only with a cue', () => {
    expect(values('ward total 555-0134 today')).toEqual([]);
    expect(values('her cell 555-0134')).toEqual(['555-0134']);
    expect(values('tel# 555-0177')).toEqual(['555-0177']);
    expect(values('text me #555-0188')).toEqual(['555-0188']);
    expect(values('her line #555-0199')).toEqual(['555-0199']);
    expect(find('MRN #555-0123')[0]?.confidence).toBeLessThan(0.8);
  });

  it('reads pager numbers after a pager cue', () => {
    expect(values('Pager #40123 for questions')).toEqual(['40123']);
    expect(values('beeper number 40999')).toEqual(['40999']);
    expect(values('page 40123 times')).toEqual([]);
  });

  it('types a number as fax when a fax cue is nearest', () => {
    const hits = find('Tel 617-555-0101, Fax: 617-555-0102');
    expect(hits.map((h) => [h.value, h.type])).toEqual([
      ['617-555-0101', 'phone'],
      ['617-555-0102', 'fax'],
    ]);
    expect(find('617-555-0188 fax\n617-555-0189 mobile').map((h) => h.type)).toEqual(['fax', 'phone']);
    expect(find('Fax: 617-555-0199')[0]!.type).toBe('fax');
  });

  it('keeps a number certain when "Mr." or "in case of" comes before it', () => {
    expect(find('call Mr. Quill at 617-555-0134')[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(find('in case of emergency 617-555-0134')[0]!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('offers a neutral placeholder as the fix', () => {
    const [c] = phoneDetector.detect({ text: 'call 617-555-0134', context: {}, allow, options: {} });
    expect(c!.fixes?.[0]?.replacement).toBe('[phone removed]');
  });

  it('leaves a number to the record-number detector when an MRN cue is nearer than any phone cue', () => {
    const [hit] = find('MRN 6175550134');
    expect(hit!.confidence).toBeLessThan(0.8);
    const [both] = find('Phone for MRN 6175550134');
    expect(both!.confidence).toBeLessThan(0.8);
  });

  it.each([
    'BP 120/80 this morning',
    'ABG 7.37/38/126/23 after extubation',
    'seen 2024-03-04 and again 03/04/2024',
    'seen 3/4/24, call back 4.5.2024',
    'from 3:15-3:45pm, then 16:00 117/26/7.44/18/-4',
    'give 2 mg at 08:00 and 100-200 mL',
    'E11.9 and I10 coded, COVID-19 Type 2',
    'HbA1c 7.2, SpO2 98%, 100,000 units',
    'care 24/7 with 1:1 sitter since 2019',
    'phone her re: BP 120/80 and HR 88',
    'vent a/c 600x12 peep 5 fio2 40%',
  ])('finds no phone in clinical numbers: %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('finds a US number in brackets with one digit too many, but not other bracketed series', () => {
    expect(values('her brother stopped by (508 442 19273) and left')).toEqual(['508 442 19273']);
    expect(values('sizes noted (120 180 24000) on the chart')).toEqual([]);
    expect(values('his nephew left 508 442 19273 and went home')).toEqual([]);
  });

  it('returns on a 100,000-character run of digits and punctuation', () => {
    let text = '';
    const pieces = ['1234567890', '(', ')', '-', '.', '/', ' ', '+1', 'x', '555-0134 ', 'call '];
    for (let i = 0; text.length < 100_000; i++) text += pieces[i % pieces.length]! + '1234567890'.repeat(i % 4);
    expect(Array.isArray(find(text))).toBe(true);
  });
});
