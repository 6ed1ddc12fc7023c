import { describe, expect, it } from 'vitest';
import { isEnglish, isEverydayEnglish, lookUp } from './dictionary';
import { FrontCodedList } from './front-coded';

describe('name dictionaries', () => {
  it('finds words in a sorted front-coded list without decoding it', () => {
    // andrea, anna, anne, annette, bo, bob (whole again), bobby, carl
    const list = new FrontCodedList('0andrea2na3e4tte0bo0bob3by0carl');
    for (const word of ['andrea', 'anna', 'anne', 'annette', 'bo', 'bob', 'bobby', 'carl']) expect(list.has(word)).toBe(true);
    for (const word of ['a', 'ann', 'annet', 'annettes', 'andreas', 'b', 'bobb', 'carla', 'zed', '']) expect(list.has(word)).toBe(false);
  });

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
