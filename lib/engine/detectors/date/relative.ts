/**
 * Relative dates ("yesterday", "last Tuesday", "this morning"). They are not Safe Harbor date elements on their
 * own, but next to patient context they date an encounter, so the quasi-identifier rule weighs them.
 */
import { foldCase } from '../fold-case';

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

// Lower case, run over the folded text (fold-case.ts): the `i` flag would make it several times costlier to compile.
const RELATIVE = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'yesterday(?:\\s(?:morning|afternoon|evening))?',
      'last\\s(?:night|evening|week|weekend|month)',
      `(?:last|this\\spast|this|on|next)\\s(?:${WEEKDAYS})(?:\\s(?:morning|afternoon|evening|night))?`,
      `(?:${WEEKDAYS})\\s(?:morning|afternoon|evening|night)`,
      'this\\s(?:morning|afternoon|evening|week|weekend)',
      'earlier\\s(?:today|this\\sweek)',
      'today',
      'tonight',
      'overnight',
      'over\\sthe\\sweekend',
      'the\\sother\\sday',
      '(?:a\\sfew|two|three|\\d{1,2})\\sdays\\sago',
    ].join('|') +
    ')(?![\\p{L}])',
  'gu',
);

export interface RelativeDate {
  start: number;
  end: number;
}

export function findRelativeDates(text: string): RelativeDate[] {
  const out: RelativeDate[] = [];
  const folded = foldCase(text);
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(folded); m; m = RELATIVE.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
