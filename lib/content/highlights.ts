import type { Severity } from '../engine/finding';

/**
 * Underlines drawn with the CSS Custom Highlight API: the ranges are registered with the browser and painted
 * through `::highlight()` rules, so nothing is inserted into the site's editor and the underlines follow
 * reflow and scrolling by themselves (sites.md, "Drawing"). One highlight per severity; each composer
 * contributes its ranges under its own key.
 */
const NAMES: Record<Severity, string> = { block: 'phi-guard-block', warn: 'phi-guard-warn', info: 'phi-guard-info' };

// Colours chosen to stay visible on both light and dark site themes (mid-luminance hues, thick lines).
const STYLE = `
::highlight(phi-guard-block) { text-decoration: underline wavy #e5484d; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(229, 72, 77, 0.14); }
::highlight(phi-guard-warn) { text-decoration: underline wavy #f5a524; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(245, 165, 36, 0.14); }
::highlight(phi-guard-info) { text-decoration: underline dotted #3e8ef7; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(phi-guard-focus) { background-color: rgba(62, 142, 247, 0.30); }
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export class HighlightLayer {
  private readonly byOwner = new Map<string, { range: Range; severity: Severity }[]>();
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  /** Replaces the ranges one composer contributes. */
  set(owner: string, ranges: { range: Range; severity: Severity }[]): void {
    if (!highlightsSupported()) return;
    this.ensureStyle();
    if (ranges.length) this.byOwner.set(owner, ranges);
    else this.byOwner.delete(owner);
    this.repaint();
  }

  /** Emphasises one finding (the one whose card has focus), or none. */
  focus(range: Range | null): void {
    if (!highlightsSupported()) return;
    if (range) CSS.highlights.set('phi-guard-focus', new Highlight(range));
    else CSS.highlights.delete('phi-guard-focus');
  }

  clear(owner: string): void {
    this.set(owner, []);
  }

  dispose(): void {
    if (highlightsSupported()) {
      for (const name of [...Object.values(NAMES), 'phi-guard-focus']) CSS.highlights.delete(name);
    }
    this.byOwner.clear();
    this.style?.remove();
    this.style = null;
  }

  private repaint() {
    for (const severity of Object.keys(NAMES) as Severity[]) {
      const ranges = [...this.byOwner.values()].flat().filter((r) => r.severity === severity).map((r) => r.range);
      if (ranges.length) CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
      else CSS.highlights.delete(NAMES[severity]);
    }
  }

  private ensureStyle() {
    if (this.style?.isConnected) return;
    this.style = this.doc.createElement('style');
    this.style.dataset.phiGuard = 'highlights';
    this.style.textContent = STYLE;
    (this.doc.head ?? this.doc.documentElement).append(this.style);
  }
}
