import { describe, expect, it } from 'vitest';
import { FrontCodedList, SortedWordList } from './front-coded';

// andrea, anna, anne, annette, bo, bob (written whole again), bobby, carl
const CODED = '0andrea2na3e4tte0bo0bob3by0carl';
const LISTED = ['andrea', 'anna', 'anne', 'annette', 'bo', 'bob', 'bobby', 'carl'];
const NOT_LISTED = ['a', 'ann', 'annet', 'annettes', 'andreas', 'b', 'bobb', 'carla', 'zed', ''];

describe('front-coded word list', () => {
  it('finds listed words and nothing else without decoding the list', () => {
    const list = new FrontCodedList(CODED);
    for (const word of LISTED) expect(list.has(word)).toBe(true);
    for (const word of NOT_LISTED) expect(list.has(word)).toBe(false);
  });

  it('gives the same answers once frequent lookups have decoded it', () => {
    const list = new FrontCodedList(CODED);
    for (let i = 0; i < 20_001; i++) list.has('anne');
    for (const word of LISTED) expect(list.has(word)).toBe(true);
    for (const word of NOT_LISTED) expect(list.has(word)).toBe(false);
  });
});

describe('sorted word list', () => {
  const list = new SortedWordList(['bay city', 'bayonne', 'new haven', 'new york', 'newark', "o'fallon", 'york'].join('|'));

  it('finds listed entries, several words included, and nothing else', () => {
    for (const word of ['bay city', 'bayonne', 'new york', 'newark', "o'fallon", 'york']) expect(list.has(word)).toBe(true);
    for (const word of ['bay', 'new', 'new yor', 'newar', 'yorkshire', 'aaa', 'zzz', '']) expect(list.has(word)).toBe(false);
  });

  it('tells which words begin an entry', () => {
    for (const word of ['bay', 'bayonne', 'new', 'newark', "o'fallon", 'york']) expect(list.hasFirstWord(word)).toBe(true);
    for (const word of ['ba', 'ne', 'haven', 'city', 'yorkshire', 'zzz']) expect(list.hasFirstWord(word)).toBe(false);
  });

  it('answers for an empty list', () => {
    const empty = new SortedWordList('');
    expect(empty.has('york')).toBe(false);
    expect(empty.hasFirstWord('york')).toBe(false);
  });
});
