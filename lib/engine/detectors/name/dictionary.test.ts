import { describe, expect, it } from 'vitest';
import { isEnglish, isEverydayEnglish, lookUp } from './dictionary';

describe('name dictionaries', () => {
  it('knows common given and family names from several cultures', () => {
    expect(lookUp('maria').given).toBe(true);
    expect(lookUp('nguyen').name).toBe(true);
    expect(lookUp('kowalski').family).toBe(true);
  });

  it('marks names that are also English words, but not names that are mainly names', () => {
    expect(lookUp('will')).toMatchObject({ anyName: true, english: true });
    expect(lookUp('john').english).toBe(false);
  });

  it('counts regular inflections and long derived forms as English', () => {
    expect(isEnglish('notified')).toBe(true);
    expect(isEnglish('patients')).toBe(true);
    expect(isEnglish('currently')).toBe(true);
    expect(isEnglish('kozicki')).toBe(false);
  });

  it('tells everyday English from rare dictionary words that are also surnames', () => {
    expect(isEverydayEnglish('aware')).toBe(true);
    expect(isEverydayEnglish('tyro')).toBe(false);
  });
});
