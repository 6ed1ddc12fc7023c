import { describe, expect, it } from 'vitest';
import { dateDetector } from './date';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };

function found(text: string) {
  return dateDetector.detect({ text, context: {}, allow, options: {} });
}
/** The reported substrings, at reportable confidence (the engine drops anything under 0.5). */
function spans(text: string): string[] {
  return found(text)
    .filter((c) => c.confidence >= 0.5)
    .map((c) => text.slice(c.start, c.end));
}

describe('date detector: numeric forms', () => {
  it.each([
    ['Her last visit was 3/22 at the clinic.', '3/22'],
    ['Seen on 03/22/2024 for follow-up.', '03/22/2024'],
    ['Surgery 3-22-24 went well.', '3-22-24'],
    ['Discharged 2024-03-22.', '2024-03-22'],
    ['Termin am 22.03.2024 bestätigt.', '22.03.2024'],
    ['Admitted 11/4/21 with chest pain.', '11/4/21'],
    ['Stamp 2024-03-22T08:15 in the log.', '2024-03-22'],
    ['Knee replaced 8/88, revised later.', '8/88'],
    ['Started the new regimen 3/2024.', '3/2024'],
    ['Kept on the unit 6/30-7/2 for observation.', '6/30-7/2'],
    ['Pan cultured x 2 8/15, results pending.', '8/15'],
    ['Pt c/o SOB 3/2 ~ 2200, settled with rest.', '3/2'],
  ])('finds %j', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('finds a date written against the word before it in terse notes', () => {
    expect(spans('HX:8/30 confusion noted. TOXICITY-9/2/92 resolved.')).toEqual(['8/30', '9/2/92']);
  });

  it('keeps the year in the fix and offers "recently"', () => {
    const [c] = found('Seen on 03/22/2024.');
    expect(c?.fixes?.map((f) => f.replacement)).toEqual(['2024', 'recently']);
    expect(c?.message).toMatch(/full date/i);
  });

  it('offers "recently" for a month and day, with a message naming the form', () => {
    const [c] = found('She came in 3/22 again.');
    expect(c?.fixes?.map((f) => f.replacement)).toEqual(['recently']);
    expect(c?.message).toMatch(/month and day/i);
  });

  it('rejects impossible months and days', () => {
    expect(spans('Results were 13/22, 2/30 and 4/31 on the chart.')).toEqual([]);
  });
});

describe('date detector: clinical numbers that are not dates', () => {
  it.each([
    'BP 120/80 and stable.',
    'BP 90/60 after the bolus.',
    'Running 1/2 NS at 100 an hour.',
    'Radial pulses 2/4 bilaterally.',
    'Grip 5/5 strength in both hands.',
    'Rates her pain 4/10 this shift.',
    'Complains of 7/10 chest pressure.',
    'A&O x3, calm.',
    'Give 2 mg now.',
    'Meds at 0800 and q4h.',
    'Expect 3-4 days of drainage.',
    'Family support 24/7.',
    'GCS 3/15 on arrival.',
    'Running version 1.2.10 of the app.',
    'Goal range 10-12 for now.',
    'COVID-19 test negative.',
    'Type 2 diabetes, diet controlled.',
    'Sitter at 1:1 overnight.',
    'Placed on PSV 10/5 with good volumes.',
    'Weaned to CPAP 5/10 at 40%.',
    'Rales 1/3 up bilaterally.',
    'Pupils 3/3 and brisk.',
    'Output 5/30% of goal.',
    'A 2/6 murmur at the apex.',
    'HR in the 120/70\'s range.',
  ])('does not report %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('does not report a bare year', () => {
    expect(spans('Symptoms began in 1992 and the clinic opened in 2004.')).toEqual([]);
    expect(spans('The charity was founded in 1988; the law of 1996 still applies.')).toEqual([]);
    expect(spans('Type 2 diabetes, 2 mg daily, BP 120/80, 2019 guidelines.')).toEqual([]);
  });

  it('reads a slashed date whose day overruns the month, and two dates run together', () => {
    expect(spans('Seen in clinic on 4/31/19 for a rash.')).toEqual(['4/31/19']);
    expect(spans('Infusions given 11/06/11/07 without reaction.')).toEqual(['11/06/11/07']);
    expect(spans('Old wrist fx6/88, healed.')).toEqual(['6/88']);
    expect(spans('Gas O2/45 on the label.')).toEqual([]);
    expect(spans('10/14.97 follow-up visit')).toEqual(['10/14.97']);
    expect(spans('Ratio 1/2.50 in the mix, BP 120/80.65')).toEqual([]);
  });

  it('takes in the first day of a range before a day and month', () => {
    expect(spans('Away 3->4 oct, 97 for a wedding')).toEqual(['3->4 oct, 97']);
    expect(spans('Visited 12 to 14 September with family')).toEqual(['12 to 14 September']);
  });
});

describe('date detector: years of an event in the history', () => {
  /** Spans reported as warnings (0.5 ≤ confidence < 0.8). */
  function warned(text: string): string[] {
    return found(text)
      .filter((c) => c.confidence >= 0.5 && c.confidence < 0.8)
      .map((c) => text.slice(c.start, c.end));
  }

  it.each([
    ['PMH: CAD, CABGx3 ’86, HTN.', '’86'],
    ["Hx: breast CA'91, on tamoxifen.", "'91"],
    ["'04 PTCA to the RCA, stable since.", "'04"],
    ["Prior TIA 82', no deficits.", "82'"],
    ['Status post thyroidectomy 1985, on levothyroxine.', '1985'],
    ['He was admitted in 2017 with the same complaint.', '2017'],
    ['Her husband passed away in 2020.', '2020'],
    ['Diagnosed in 2023 after a long wait.', '2023'],
    ['PMH: IMI 07. HTN, DM.', '07'],
    ['Recently diagnosed. 04 PTCA to the RCA.', '04'],
  ])('warns about the year in %j', (text, year) => {
    expect(warned(text)).toEqual([year]);
  });

  it.each([
    'Ambulated 40\' in the hall with a walker.',
    'Height 5\'11", weight stable.',
    'Music of the \'70s played on the ward.',
    'Gave 2000 mg over the shift after the repair.',
    'The Civil Rights Act of 1964 applies.',
    'Labs: Ca 10. Mg 2.1, K 4.0.',
    'HR 74 and regular after the stent.',
    'Had 2 stents placed; 12 stents in total over the years.',
  ])('leaves %j alone', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('date detector: month names', () => {
  it.each([
    ['We met March 3 at the clinic.', 'March 3'],
    ['Scheduled Mar 3rd.', 'Mar 3rd'],
    ['Back on the 3rd of March.', 'the 3rd of March'],
    ['Born March 3, 2024 at home.', 'March 3, 2024'],
    ['SURGERY MARCH 3RD WENT FINE.', 'MARCH 3RD'],
    ['Follow-up Sept. 14 in clinic.', 'Sept. 14'],
    ['Biopsy in March 2024 was clear.', 'March 2024'],
    ['Admitted in march of 2022 with pneumonia.', 'march of 2022'],
    ['Oriented, knows it is 20th Oct, 1989.', '20th Oct, 1989'],
    ['Discharged 14 February.', '14 February'],
    ['Seen Nov \'96 for the same.', "Nov '96"],
    ['Came back in September with a cough.', 'September'],
    ['Her birthday is may 16, 2015 per family.', 'may 16, 2015'],
  ])('finds %j', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('takes a weekday in front as part of the date', () => {
    const [c] = found('Tuesday, March 3 was the worst night.');
    expect(c && 'Tuesday, March 3 was the worst night.'.slice(c.start, c.end)).toBe('Tuesday, March 3');
    expect(c?.message).toMatch(/weekday/i);
  });

  it('reports a bare month as a warning only', () => {
    const [c] = found('Came back in September.');
    expect(c?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(c?.confidence).toBeLessThan(0.8);
  });

  it('reads "may" and "march" as words unless a day, a year or a time preposition makes them months', () => {
    expect(spans('She may 2 days from now need a scan. They march on.')).toEqual([]);
    expect(spans('This may be the last dose.')).toEqual([]);
    expect(spans('Dosing may vary; in may we saw her again.')).toEqual(['may']);
  });

  it('does not read clinical abbreviations as months', () => {
    expect(spans('Sats dec 2 points overnight. Check the MAR 5 times a day.')).toEqual([]);
  });
});

describe('date detector: ordinals and holidays', () => {
  it('finds "the 11th" when it is a date', () => {
    expect(spans('Cultures drawn on the 11th. Repeat pending.')).toEqual(['the 11th']);
    expect(spans("She said it's the 20th.")).toEqual(['the 20th']);
    expect(spans('Moved in May; by the 3rd she was home.')).toEqual(['May', 'the 3rd']);
  });

  it('does not take "the 3rd floor" or "the 2nd attempt" as a date', () => {
    expect(spans('Moved to the 3rd floor on the 2nd attempt.')).toEqual([]);
  });

  it('finds holidays tied to a year, keeping the year in the fix', () => {
    const text = 'Admitted on Christmas Eve 2023 and home by Thanksgiving 2024.';
    expect(spans(text)).toEqual(['Christmas Eve 2023', 'Thanksgiving 2024']);
    expect(found(text)[0]?.fixes?.[0]?.replacement).toBe('2023');
  });

  it('leaves a holiday without a year alone', () => {
    expect(spans('Working Christmas again this year.')).toEqual([]);
  });
});

describe('date detector: adversarial input', () => {
  it('completes on 100,000 characters of slash, hyphen and dot runs', () => {
    const runs = ['1/1/', '12-12-', '3.22.', '12/31 ', 'March 3, ', 'the 3rd '];
    for (const unit of runs) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      expect(Array.isArray(found(text))).toBe(true);
    }
  });

  it('reports nothing inside one long digit-and-slash run', () => {
    expect(found('1/1/'.repeat(25_000))).toEqual([]);
    expect(found('12-12-'.repeat(16_000))).toEqual([]);
  });
});
