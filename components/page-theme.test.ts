import { describe, expect, it } from 'vitest';
import { pageTheme, parseRgb, relativeLuminance } from './page-theme';

describe('parseRgb', () => {
  it('reads the colours getComputedStyle reports', () => {
    expect(parseRgb('rgb(21, 32, 43)')).toEqual([21, 32, 43, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1);
  });
});

describe('pageTheme', () => {
  it('is dark on a dark site even when the system is light', () => {
    expect(pageTheme(['rgb(21, 32, 43)'], false)).toBe('dark');
  });

  it('is light on a light site even when the system is dark', () => {
    expect(pageTheme(['rgb(255, 255, 255)'], true)).toBe('light');
  });

  it('looks past a transparent body to the root element', () => {
    expect(pageTheme(['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)'], false)).toBe('dark');
  });

  it('follows the system when the page sets no background', () => {
    expect(pageTheme(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], true)).toBe('dark');
    expect(pageTheme(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], false)).toBe('light');
  });

  it('calls a mid grey light and a dim grey dark', () => {
    expect(pageTheme(['rgb(200, 200, 200)'], true)).toBe('light');
    expect(pageTheme(['rgb(100, 100, 100)'], false)).toBe('dark');
  });
});
