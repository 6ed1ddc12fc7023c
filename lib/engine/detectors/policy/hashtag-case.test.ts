import { describe, it, expect } from 'vitest';
import { hashtagCaseDetector, splitWords } from './hashtag-case';

const detect = (text: string) =>
  hashtagCaseDetector.detect({
    text,
    context: {},
    allow: { names: new Set(), domains: new Set(), terms: new Set() },
    options: {},
  });

describe('splitWords', () => {
  it('splits into the fewest known words', () => {
    expect(splitWords('mentalhealthawareness')).toEqual(['mental', 'health', 'awareness']);
    expect(splitWords('healthcare')).toEqual(['healthcare']);
    expect(splitWords('qzxv')).toBeNull();
  });
});

describe('hashtag-camelcase detector', () => {
  it('offers the CamelCase form of a one-case multi-word hashtag', () => {
    const [finding] = detect('Join us #mentalhealthawareness');
    expect(finding).toMatchObject({ start: 8, end: 30 });
    expect(finding!.fixes![0]!.replacement).toBe('#MentalHealthAwareness');
  });

  it('handles all-caps tags and keeps digits', () => {
    expect(detect('#WORLDHEARTDAY2026')[0]!.fixes![0]!.replacement).toBe('#WorldHeartDay2026');
  });

  it('leaves CamelCase, single words and short acronyms alone', () => {
    expect(detect('#MentalHealthAwareness #healthcare #covid19 #ICU #NHS #USA #COVID19')).toEqual([]);
  });

  it('flags a long unsplittable tag without a fix', () => {
    const [finding] = detect('#zorblaxquintessorium');
    expect(finding?.fixes).toBeUndefined();
  });
});
