/**
 * Context that tells a numeric month/day ("3/22") from the clinical numbers that look like one: blood
 * pressures, ventilator settings (PSV 10/5, PEEP 5/10), fractions of a bag or a lung field (1/2 NS, rales 1/3
 * up), pain and strength scales (4/10, 5/5), pupil and pulse grades (3/3, 2/4). The word lists are ordinary
 * clinical vocabulary; the decision weighs the words right before and right after the number.
 */
import { cueMatcher, type CueMatcher } from '../cues';

/** Words that, as one of the two words before the number, make it a measurement or a score. */
const MEASURE_BEFORE = cueMatcher([
  'bp', 'sbp', 'dbp', 'nbp', 'abp', 'map', 'pa', 'pap', 'pad', 'cvp', 'pcwp', 'wedge', 'ra', 'rv', 'hr', 'rr',
  'ps', 'psv', 'peep', 'cpap', 'bipap', 'ipap', 'epap', 'imv', 'simv', 'ac', 'ips', 'eps', 'ie', 'i:e', 'tv', 'vt',
  'fio2', 'flowby', 'flow-by', 'mask', 'vent', 'settings', 'co/ci', 'co/ci/svr', 'svr', 'ci', 'trial', 'trialed',
  'rales', 'crackles', 'up', 'd5', 'd5w', 'ns', 'lr', 'str', 'pain', 'cp',
  'angina', 'pressure', 'ache', 'discomfort', 'c/o', 'score', 'scale', 'perrla', 'perl', 'pupils', 'gcs',
  'apgar', 'grade', 'murmur', 'sem', 'sats', 'sat', 'abg', 'vbg', 'ratio', 'dilution', 'pulses', 'pulse',
  'strength', 'motor', 'mmt', 'x', 'times', 'about', 'approx', 'approximately', 'bottles', 'bottle', 'rate',
  'range', 'tol', 'tolerating', 'tolerated', 'vitals', 'vs', 'version', 'v', 'ver', 'type',
]);

/** Units, scale words and nouns that, right after the number, make it a quantity or a score. */
const MEASURE_AFTER =
  /^\s*(?:ns|nss|str|strength|up|way|pain|cp|pulses?|bottles?|of\b|tabs?|tablets?|cups?|ml|cc|mg|mcg|l|lpm|hrs?|hours?|h|min|mins|minutes|times|x|%|ps|peep|ips|eps|cpap|psv|scale|cm|mm|inch|inches|doses?|pressure|dilution|sem|murmur|assist|breaths?|bpm|strips?|units?|u|meq|kg|lbs?|with\s+movement|mmhg|mask|fio2|normal\s+saline)(?![\p{L}\p{N}])/iu;

/** Ventilator and haemodynamic vocabulary that disqualifies a number anywhere in a short window. */
const MEASURE_NEAR = cueMatcher([
  'peep', 'cpap', 'psv', 'simv', 'imv', 'bipap', 'fio2', 'flowby', 'co/ci', 'svr', 'ips', 'overbreathing', 'vent',
  'ventilator', 'settings',
]);
/** Scales out of 10 (pain), out of 5 (strength) and out of 15 (coma scale), checked only for those denominators. */
const SCALE_NEAR: Partial<Record<number, CueMatcher>> = {
  10: cueMatcher(['pain', 'cp', 'angina', 'ache', 'discomfort', 'pressure', 'scale', 'rated', 'rates']),
  5: cueMatcher(['strength', 'motor', 'grip', 'power', 'mmt', 'reflexes', 'ue', 'le', 'rue', 'lue', 'rle', 'lle']),
  15: cueMatcher(['gcs', 'glasgow', 'coma']),
};

/** One word right before the number that names an event on that date ("admitted 3/22", "LBM 11/4"). */
const EVENT_BEFORE = cueMatcher([
  'since', 'until', 'till', 'til', 'thru', 'through', 'dated', 'date', 'dates', 'dos', 'dob', 'd.o.b.', 'born',
  'admitted', 'admit', 'adm', 'admission', 'readmitted', 'discharged', 'discharge', 'd/c', "d/c'd", "dc'd",
  'transferred', 'xfer', 'seen', 'visit', 'surgery', 'lbm', 'bm', 'started', 'drawn', 'collected', 'placed',
  'inserted', 'intubated', 'extubated', 'extubate', 'extubation', 'weaned', 'post', 'pre', 'performed', 'due', 'appt', 'appointment', 'scheduled',
  'f/u', 's/p', 'mi', 'cabg', 'ptca', 'cath', 'echo', 'cxr', 'ct', 'mri', 'ekg', 'ecg', 'dx', 'diagnosed',
  'expires', 'expiry', 'exp', 'effective', 'birthday', 'today', 'yesterday', 'tomorrow', 'eve', 'am', 'pm',
]);
/** Prepositions that put a number in time ("on 3/22", "from 3/22") but also take quantities ("on 5/5"). */
const PREPOSITION_BEFORE = cueMatcher(['on', 'from', 'by', 'before', 'after', 'of', 'in', 'last']);

/** What follows a date: a clock time, "@ 1230", or another date in a range ("6/30-7/2", "7/9 & 7/10"). */
const DATE_AFTER =
  /^(?:\s*[@~]?\s*\d{3,4}(?!\d|\s*(?:mg|mcg|ml|cc|kg|units?)\b)|\s*\d{1,2}(?::\d\d)?\s*(?:am|pm|a|p)\b|\s*(?:-|to|thru|through|&|and)\s*\d{1,2}\/\d{1,2}(?!\d))/i;

const WORD = /[\p{L}\p{N}/&:.'’]+/gu;

/** The last `n` words before `start`, nearest first. */
function wordsBefore(text: string, start: number, n: number): string[] {
  const words = text.slice(Math.max(0, start - 40), start).match(WORD) ?? [];
  return words.slice(-n).reverse().map((w) => w.replace(/[.:]+$/, ''));
}

/**
 * `event`: a time follows or an event word comes right before; `preposition`: only "on", "from" and the like
 * introduce it; `measure`: a unit, scale or clinical measurement word is around it; `unsure` otherwise.
 */
export type NumericVerdict = 'event' | 'preposition' | 'unsure' | 'measure';

/** Weighs the words around a month/day such as "3/22" at [start, end); `day` is its second number. */
export function judgeMonthDay(text: string, start: number, end: number, day?: number): NumericVerdict {
  const after = text.slice(end, end + 24);
  if (MEASURE_AFTER.test(after)) return 'measure';
  const [last, second] = wordsBefore(text, start, 2);
  if (DATE_AFTER.test(after) || (last !== undefined && EVENT_BEFORE.test(last))) return 'event';
  if (last !== undefined && MEASURE_BEFORE.test(last)) return 'measure';
  const preposition = last !== undefined && PREPOSITION_BEFORE.test(last);
  // "BP 5/10" is a reading, "BP on 5/10" is not: a preposition between them breaks the link, and so does a
  // number that the measurement word already took ("cultured x 2 8/15").
  const linked = !preposition && !/^\d+$/.test(last ?? '');
  if (linked && second !== undefined && MEASURE_BEFORE.test(second)) return 'measure';
  const near = text.slice(Math.max(0, start - 30), Math.min(text.length, end + 20));
  if (MEASURE_NEAR.test(near)) return 'measure';
  const scale = day === undefined ? undefined : SCALE_NEAR[day];
  if (scale?.test(near)) return 'measure';
  return preposition ? 'preposition' : 'unsure';
}
