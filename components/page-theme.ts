import { useEffect, useState } from 'react';

export type Theme = 'dark' | 'light';

/** Below this relative luminance a page's background reads as dark (white is 1, black 0). */
const DARK_LUMINANCE = 0.4;
const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** Red, green, blue (0–255) and alpha (0–1) of a computed colour, `rgb(…)`/`rgba(…)` as browsers report it. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance of an sRGB colour, as defined in WCAG 2.x (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The theme that matches the page: the first opaque background of body, then the root element, decides;
 * when both are transparent (the browser's canvas shows through) the system preference does.
 */
export function pageTheme(backgrounds: readonly string[], systemDark: boolean): Theme {
  for (const background of backgrounds) {
    const rgb = parseRgb(background);
    if (rgb && rgb[3] > 0) return relativeLuminance(rgb[0], rgb[1], rgb[2]) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return systemDark ? 'dark' : 'light';
}

function currentPageTheme(): Theme {
  const backgrounds = [document.body, document.documentElement].flatMap((el) =>
    el ? [getComputedStyle(el).backgroundColor] : [],
  );
  return pageTheme(backgrounds, window.matchMedia(SYSTEM_DARK).matches);
}

/**
 * The overlay's theme, read once on mount and again when the system switches (sites that follow the system
 * switch with it). Not on every style change: watching the page's styles would cost more than it is worth.
 */
export function usePageTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(currentPageTheme);
  useEffect(() => {
    const query = window.matchMedia(SYSTEM_DARK);
    const onChange = () => setTheme(currentPageTheme());
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return theme;
}
