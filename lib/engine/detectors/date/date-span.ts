/** What the date detectors hand to `date.ts`: a span, how sure, and which written form it is. */

export type DateForm = 'full' | 'month-day' | 'month-year' | 'month' | 'day' | 'holiday' | 'year';

export interface DateSpan {
  start: number;
  end: number;
  confidence: number;
  form: DateForm;
  /** The year as written, when the date carries one (kept by the "keep only the year" fix). */
  year?: string;
  /** True when a weekday is written in front ("Tuesday, March 3"). */
  weekday?: boolean;
}
