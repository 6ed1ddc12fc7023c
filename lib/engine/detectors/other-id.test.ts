import { describe, expect, it } from 'vitest';
import type { Detector } from '../detector';
import { accountDetector } from './account';
import { deviceDetector } from './device';
import { emailDetector } from './email';
import { healthPlanDetector } from './health-plan';
import { ipDetector } from './ip';
import { licenseDetector } from './license';
import { mrnDetector } from './mrn';
import { cueScan } from './cues';
import { findCuedIdentifiers, otherIdDetector } from './other-id';
import { phoneDetector } from './phone';
import { ssnDetector } from './ssn';
import { urlDetector } from './url';
import { vehicleDetector } from './vehicle';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
const run = (detector: Detector, text: string) =>
  detector.detect({ text, context: {}, allow, options: {} }).map((c) => ({ value: text.slice(c.start, c.end), confidence: c.confidence }));
const values = (text: string) => run(otherIdDetector, text).map((c) => c.value);

describe('other-id detector', () => {
  it.each([
    ['case # 24-118830 was opened', '24-118830'],
    ['claim number CL7781204', 'CL7781204'],
    ['ticket 448120 about the bill', '448120'],
    ['ref # 7712004 from the lab', '7712004'],
    ['ID: PQ-44812', 'PQ-44812'],
    ['confirmation code 88KQ412', '88KQ412'],
  ])('finds a code after an identifier cue: %s', (text, expected) => expect(values(text)).toEqual([expected]));

  it('reads a long "#12345" as a possible code, at warning strength', () => {
    expect(run(otherIdDetector, 'follow-up on #448120 please')).toEqual([{ value: '#448120', confidence: 0.6 }]);
    expect(values('we are #1 and #2024 was great')).toEqual([]);
  });

  it('finds a short numbered policy or protocol code, not a bare policy word or a plain number', () => {
    expect(values('no code per unit policy #tq48 after discussion')).toEqual(['tq48']);
    expect(values('enrolled under protocol no. HX-27 last week')).toEqual(['HX-27']);
    expect(values('per policy 2 visitors at a time, protocol #12 today')).toEqual([]);
  });

  it('leaves rooms and beds to the quasi-identifier detector', () => {
    expect(values('moved to room #44812 then bed 4')).toEqual([]);
    expect(values('room 412, bed 4, bay 3')).toEqual([]);
  });

  it('flags personal-looking handles, and plain words only with a social cue', () => {
    expect(run(otherIdDetector, 'shout out to @jane_doe77 today')).toEqual([{ value: '@jane_doe77', confidence: 0.6 }]);
    expect(run(otherIdDetector, 'follow @jane_doe77 on instagram')[0]?.confidence).toBe(0.85);
    expect(values('tag @janeroe in the photo')).toEqual(['@janeroe']);
    expect(values('PT A@OX3, ETT 22@lip, IVF @KVO, tf @goal')).toEqual([]);
  });

  it.each(['ID consult today', 'case 2 of 3', 'order 500 mg', 'ID: T100.1 overnight', 'claim from 2019'])(
    'ignores cues followed by measurements, years or words: %s',
    (text) => expect(values(text)).toEqual([]),
  );

  it('exposes the cue-then-code scan for the specific detectors', () => {
    const cue = cueScan(['badge']);
    expect(findCuedIdentifiers('badge no. 44-812 and badge 12', cue).map((id) => id.value)).toEqual(['44-812']);
  });
});

describe('all identifier detectors on clinical text', () => {
  const identifierDetectors = [
    phoneDetector, emailDetector, ssnDetector, mrnDetector, healthPlanDetector, accountDetector, licenseDetector,
    vehicleDetector, deviceDetector, urlDetector, ipDetector, otherIdDetector,
  ];

  it.each([
    'BP 120/80, HR 88, RR 18, SpO2 98% on 2L',
    'gave 2 mg IV at 14:30 and 100,000 units nystatin',
    'COVID-19 negative, Type 2 DM, HbA1c 7.2',
    'ICD-10 E11.9 and I10, back in 2019',
    '24/7 sitter at 1:1, turns q2h, 3:15-3:45pm',
    'ABG 7.37/38/126/23, vent A/C 600x12 peep 5 fio2 40%',
    'ranges 100-200 mL/hr, wt 82.5 kg, temp 37.8',
    'room 412 bed 4, CVP 11-14, I/O 1200/850',
  ])('finds nothing in: %s', (text) => {
    for (const detector of identifierDetectors) expect(run(detector, text), detector.id).toEqual([]);
  });

  it('every detector returns on 100,000 characters of digit runs and punctuation', () => {
    const pieces = ['1234567890', '-', '.', '/', '(', ')', ':', '#', '@', ' ', '+', 'x', 'MRN ', 'http://', '\n'];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += pieces[i % pieces.length]! + '1234567890'.repeat(i % 5);
    for (const detector of identifierDetectors) expect(Array.isArray(run(detector, text)), detector.id).toBe(true);
  });
});
