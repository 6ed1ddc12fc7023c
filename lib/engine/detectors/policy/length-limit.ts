import type { Detector } from '../../detector';

/**
 * A plain character limit, counted in code points (an emoji or accented letter typed as one character counts
 * once). The limit and a label come from the rule's options, so one detector serves each site's published
 * limit (LinkedIn posts 3,000 and comments 1,250; Facebook posts 63,206). The finding covers the overflow.
 */
export const lengthLimitDetector: Detector = {
  id: 'length-limit',
  description: 'Text beyond a character limit (option `limit`, counted in code points; option `label` names it).',
  detect({ text, options }) {
    const limit = typeof options.limit === 'number' && options.limit > 0 ? Math.floor(options.limit) : 0;
    if (!limit || text.length <= limit) return [];
    let count = 0;
    let overflowAt = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: same code point as the one before
      count++;
      if (count === limit + 1) overflowAt = i;
    }
    if (overflowAt < 0) return [];
    const label = typeof options.label === 'string' ? ` for ${options.label}` : '';
    return [{
      start: overflowAt,
      end: text.length,
      confidence: 1,
      message: `${(count - limit).toLocaleString('en-US')} characters over the ${limit.toLocaleString('en-US')}-character limit${label}`,
    }];
  },
};
