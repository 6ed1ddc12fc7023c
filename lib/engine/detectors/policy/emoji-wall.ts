import type { Candidate, Detector } from '../../detector';

/**
 * Screen readers announce every emoji by its full name ("red heart, red heart, red heart …"), so a wall of
 * emoji becomes a long, meaningless recitation. Source: Digital.gov, "Improving the Accessibility of Social
 * Media in Government" (use emoji sparingly, not in place of words). Reports runs of at least `minRun`
 * (option, default 5) emoji with nothing but spaces between them.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/uy;
const DEFAULT_MIN_RUN = 5;

function isModifier(code: number, next: number): boolean {
  // Variation selector 16, keycap, skin tones (surrogate pair D83C DFFB–DFFF).
  return code === 0xfe0f || code === 0x20e3 || (code === 0xd83c && next >= 0xdffb && next <= 0xdfff);
}

export const emojiWallDetector: Detector = {
  id: 'emoji-wall',
  description: 'Runs of 5 or more emoji in a row, which screen readers read out name by name (Digital.gov).',
  detect({ text, options }) {
    const minRun = typeof options.minRun === 'number' && options.minRun > 1 ? options.minRun : DEFAULT_MIN_RUN;
    const out: Candidate[] = [];
    let runStart = -1;
    let runEnd = -1;
    let count = 0;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (runStart >= 0 && isModifier(code, next)) {
        i += code === 0xd83c ? 2 : 1;
        runEnd = i;
        continue;
      }
      EMOJI.lastIndex = i;
      // Pictographs are below U+3300 in the BMP or behind a surrogate pair; skip CJK and the like cheaply.
      if (code >= 0xa9 && (code < 0x3300 || (code >= 0xd800 && code < 0xdc00)) && EMOJI.test(text)) {
        if (runStart < 0) runStart = i;
        i = EMOJI.lastIndex;
        runEnd = i;
        count++;
        continue;
      }
      if (code === 0x20 && runStart >= 0) {
        i++;
        continue;
      }
      if (count >= minRun) out.push({ start: runStart, end: runEnd, confidence: 1 });
      runStart = -1;
      count = 0;
      i++;
    }
    if (count >= minRun) out.push({ start: runStart, end: runEnd, confidence: 1 });
    return out;
  },
};
