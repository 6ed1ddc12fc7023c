import { describe, expect, it } from 'vitest';
import { FrontCodedList } from './front-coded';

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
