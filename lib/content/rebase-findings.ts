import type { Finding } from '../engine/finding';

/**
 * While a check is in flight the user keeps typing. Findings computed for `checked` are moved onto `current`
 * by the single edit between them (common prefix and suffix): findings before the edit stay, findings after it
 * shift by the change in length, and findings the edit touched are dropped until the next check.
 */
export function rebaseFindings(findings: readonly Finding[], checked: string, current: string): Finding[] {
  if (checked === current) return [...findings];
  const max = Math.min(checked.length, current.length);
  let prefix = 0;
  while (prefix < max && checked.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    checked.charCodeAt(checked.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)
  ) {
    suffix++;
  }
  const editEnd = checked.length - suffix; // end of the replaced part in `checked`
  const delta = current.length - checked.length;
  // Typing a letter or digit right against a finding changes its word ("March 3" → "March 30"): it is touched.
  const glued = (a: string | undefined, b: string | undefined) => WORD.test(a ?? '') && WORD.test(b ?? '');
  const touchesEnd = glued(checked[prefix - 1], current[prefix]);
  const touchesStart = glued(current[editEnd + delta - 1], checked[editEnd]);
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end < prefix || (f.end === prefix && !touchesEnd)) out.push(f);
    else if (f.start > editEnd || (f.start === editEnd && !touchesStart)) {
      out.push({ ...f, start: f.start + delta, end: f.end + delta });
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
