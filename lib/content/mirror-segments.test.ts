import { describe, expect, it } from 'vitest';
import { mirrorSegments } from './mirror-segments';

describe('mirrorSegments', () => {
  const text = 'Ring Dana on 555-201-7788 before Friday.';

  it('wraps each finding in a run of its severity and keeps the text around it plain', () => {
    const segments = mirrorSegments(text, [
      { start: 33, end: 39, severity: 'warn' },
      { start: 13, end: 25, severity: 'block' },
    ]);
    expect(segments).toEqual([
      { text: 'Ring Dana on ' },
      { text: '555-201-7788', severity: 'block' },
      { text: ' before ' },
      { text: 'Friday', severity: 'warn' },
      { text: '.' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('gives overlapping characters to the finding that starts first', () => {
    expect(mirrorSegments('born 02/14/1961 here', [
      { start: 8, end: 15, severity: 'warn' },
      { start: 5, end: 10, severity: 'block' },
    ])).toEqual([
      { text: 'born ' },
      { text: '02/14', severity: 'block' },
      { text: '/1961', severity: 'warn' },
      { text: ' here' },
    ]);
  });

  it('clips findings that reach past the text and skips empty ones', () => {
    expect(mirrorSegments('call 911', [
      { start: 5, end: 40, severity: 'info' },
      { start: 2, end: 2, severity: 'block' },
    ])).toEqual([{ text: 'call ' }, { text: '911', severity: 'info' }]);
  });

  it('returns the whole text as one plain run when nothing is flagged, and nothing for an empty box', () => {
    expect(mirrorSegments('All clear.', [])).toEqual([{ text: 'All clear.' }]);
    expect(mirrorSegments('', [{ start: 0, end: 3, severity: 'block' }])).toEqual([]);
  });
});
