import { describe, expect, it } from 'vitest';
import { caseMode, tokenize } from './tokens';

const shapes = (text: string) => tokenize(text).map((t) => [t.text, t.shape]);

describe('name tokens', () => {
  it('keeps apostrophes and hyphens inside names and classifies capitalisation', () => {
    expect(shapes("O'Connell met J. Forman-Lyons and MCDONALD")).toEqual([
      ["O'Connell", 'title'],
      ['met', 'lower'],
      ['J', 'initial'],
      ['Forman-Lyons', 'title'],
      ['and', 'lower'],
      ['MCDONALD', 'upper'],
    ]);
  });

  it('gives inner capitals and words glued to digits a shape no name has', () => {
    expect(shapes('PaCO2 McDonald')).toEqual([
      ['PaCO', 'other'],
      ['McDonald', 'title'],
    ]);
  });

  it('folds diacritics and a possessive into the lookup key', () => {
    expect(tokenize("Šušulić's").map((t) => t.key)).toEqual(['susulic']);
  });

  it('tells notes in capitals from mixed-case posts', () => {
    expect(caseMode(tokenize('PT RESTING COMFORTABLY, SON AT BEDSIDE'))).toBe('upper');
    expect(caseMode(tokenize('Pt resting, son at bedside with Dr Roe'))).toBe('mixed');
    expect(caseMode(tokenize('pt resting, son at bedside'))).toBe('lower');
  });
});
