import type { Composer, SiteAdapter } from '../sites/adapter';

/**
 * Finds the composers of a page as they come and go: an initial scan, a MutationObserver throttled to one
 * pass per animation frame (composers mount late, in dialogs, several at once), and focus events from inside
 * shadow roots. Each composer gets its own AbortSignal, aborted when its element leaves the page or the
 * watcher stops, so everything attached to it cleans up in one place.
 */
export function watchComposers(
  adapter: SiteAdapter,
  attach: (composer: Composer, signal: AbortSignal) => void,
  signal: AbortSignal,
  doc: Document = document,
): { rescan(): void; detachAll(): void } {
  const attached = new Map<HTMLElement, AbortController>();

  const consider = (element: HTMLElement) => {
    if (attached.has(element) || !element.isConnected) return;
    const composer = adapter.describe(element);
    if (!composer) return;
    const controller = new AbortController();
    attached.set(element, controller);
    attach(composer, controller.signal);
  };

  const scan = () => {
    for (const [element, controller] of attached) {
      if (!element.isConnected) {
        controller.abort();
        attached.delete(element);
      }
    }
    for (const element of doc.querySelectorAll<HTMLElement>(adapter.composerSelector)) consider(element);
  };

  let frame = 0;
  const scheduleScan = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      scan();
    });
  };
  const observer = new MutationObserver(scheduleScan);
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  // Editors inside shadow roots are invisible to querySelectorAll; the focused element reveals them.
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof HTMLElement)) return;
      const editable = target.matches(adapter.composerSelector) ? target : target.closest<HTMLElement>(adapter.composerSelector);
      if (editable) consider(editable);
    },
    { capture: true, signal },
  );

  const detachAll = () => {
    for (const controller of attached.values()) controller.abort();
    attached.clear();
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    detachAll();
  });
  scan();
  return { rescan: scan, detachAll };
}
