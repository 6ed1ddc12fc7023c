import type { Finding } from '../engine/finding';
import { mirrorSegments } from './mirror-segments';
import { rebaseFindings } from './rebase-findings';

// The text styles that decide where a textarea wraps its lines; the mirror copies them so its runs land
// under the textarea's own characters.
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'wordBreak',
] as const;

// Same colours as the highlights drawn in contenteditable editors (highlights.ts).
const STYLE = `
.m { position: fixed; margin: 0; overflow: hidden; pointer-events: none; color: transparent; border-style: solid;
  border-color: transparent; background: transparent; white-space: pre-wrap; overflow-wrap: break-word; z-index: 2147483646; }
span { text-decoration-thickness: 2px; text-underline-offset: 3px; }
[data-severity=block] { text-decoration: underline wavy #e5484d; background-color: rgba(229, 72, 77, 0.14); }
[data-severity=warn] { text-decoration: underline wavy #f5a524; background-color: rgba(245, 165, 36, 0.14); }
[data-severity=info] { text-decoration: underline dotted #3e8ef7; }
`;

/**
 * Underlines for a `<textarea>`, whose text has no DOM ranges for the CSS Custom Highlight API to paint: a
 * copy of the text with the same metrics, laid over the textarea in a shadow root of its own (fixed position,
 * so the page's layout does not move), transparent and `pointer-events: none` so the user sees only the
 * underlines and keeps typing into the real box. It follows typing, scrolling and resizing, and is removed
 * when `signal` aborts.
 */
export class TextareaMirror {
  private readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private findings: readonly Finding[] = [];
  private text = '';
  private frame = 0;

  constructor(private readonly textarea: HTMLTextAreaElement, signal: AbortSignal) {
    const doc = textarea.ownerDocument;
    this.host = doc.createElement('phi-guard-mirror');
    this.host.setAttribute('aria-hidden', 'true');
    this.host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0;';
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.box = doc.createElement('div');
    this.box.className = 'm';
    this.box.dataset.testid = 'phi-guard-mirror';
    root.append(style, this.box);

    const update = () => this.schedule();
    textarea.addEventListener('input', update, { signal });
    textarea.addEventListener('scroll', update, { signal });
    // Capturing catches the scrolling of any container the textarea sits in, not only the window's.
    doc.defaultView?.addEventListener('scroll', update, { capture: true, passive: true, signal });
    doc.defaultView?.addEventListener('resize', update, { signal });
    const resize = new ResizeObserver(update);
    resize.observe(textarea);
    signal.addEventListener('abort', () => {
      resize.disconnect();
      cancelAnimationFrame(this.frame);
      this.host.remove();
    });
  }

  /** Draws `findings`, computed for `text`; typing after that moves them along until the next check. */
  show(text: string, findings: readonly Finding[]): void {
    this.text = text;
    this.findings = findings;
    this.schedule();
  }

  private schedule() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw() {
    const { textarea, box } = this;
    const value = textarea.value;
    if (value !== this.text) {
      this.findings = rebaseFindings(this.findings, this.text, value);
      this.text = value;
    }
    const rect = textarea.getBoundingClientRect();
    if (!this.findings.length || !textarea.isConnected || rect.width === 0) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    // Attached on first use, and again if the site's rendering replaced the body's children.
    const doc = textarea.ownerDocument;
    if (!this.host.isConnected) (doc.body ?? doc.documentElement).append(this.host);
    const computed = getComputedStyle(textarea);
    for (const name of COPIED) box.style[name] = computed[name];
    // A scrollbar narrows the textarea's text area: narrow the mirror's by the same amount.
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
    box.style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    box.style.boxSizing = 'border-box';
    box.style.top = `${rect.top}px`;
    box.style.left = `${rect.left}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    box.replaceChildren(
      ...mirrorSegments(value, this.findings).map((segment) => {
        if (!segment.severity) return segment.text;
        const span = doc.createElement('span');
        span.dataset.severity = segment.severity;
        span.textContent = segment.text;
        return span;
      }),
      // A final newline only takes up a line when something follows it.
      '\u200b',
    );
    box.scrollTop = textarea.scrollTop;
    box.scrollLeft = textarea.scrollLeft;
  }
}
