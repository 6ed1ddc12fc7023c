import { describe, expect, it } from 'vitest';
import { compileTerms } from './matchers';
import { TermAutomaton } from './term-automaton';

const words = (text: string, terms: string[], caseSensitive = false) =>
  compileTerms(terms, caseSensitive)({ text, context: {}, allow: { names: new Set(), domains: new Set(), terms: new Set() } }).map(
    (c) => text.slice(c.start, c.end),
  );

describe('term matching', () => {
  it('finds whole words in any case and prefers the longest overlapping term', () => {
    expect(words('Sudden CHEST PAIN and chest tightness', ['chest', 'chest pain'])).toEqual(['CHEST PAIN', 'chest']);
  });

  it('does not match inside longer words', () => {
    expect(words('The curette and cured ham', ['cure'])).toEqual([]);
  });

  it('matches a space in a term against any whitespace character, keeping offsets exact', () => {
    expect(words('a miracle\ncure, truly', ['miracle cure'])).toEqual(['miracle\ncure']);
  });

  it('respects case sensitivity when asked', () => {
    expect(words('ER and er', ['ER'], true)).toEqual(['ER']);
  });

  it('finds overlapping occurrences through failure links', () => {
    const hits = [...new TermAutomaton(['he', 'she', 'hers']).scan('ushers')].map((h) => [h.start, h.end]);
    expect(hits).toEqual([[1, 4], [2, 4], [2, 6]]);
  });

  it('handles thousands of terms on a 100,000-character text without blowing up', () => {
    const terms = Array.from({ length: 3000 }, (_, i) => `term${i} phrase`);
    const text = 'term12 phrase '.repeat(7200).slice(0, 100_000);
    expect(words(text, terms).length).toBeGreaterThan(7000);
  });
});
