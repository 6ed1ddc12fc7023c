/**
 * Firefox hands a synthetic `paste` dispatched from an isolated-world content script to the page with an
 * empty `clipboardData`, so editors that take text through paste (Draft.js, ProseMirror, multi-line Lexical)
 * receive nothing. The isolated world therefore asks a tiny main-world script to build the `DataTransfer`
 * and dispatch the paste in the page's own world. All browsers use this one path, so it is tested everywhere.
 *
 * The relay does nothing a page could not already do itself (dispatch a synthetic paste on its own element):
 * it reads no clipboard, returns nothing and logs nothing.
 */

/** Dispatched on the element the text is for, `detail` being the text. */
export const PASTE_RELAY_EVENT = 'phi-guard:paste';
/** Longer details are ignored: no fix or template comes close, and a page cannot make the relay churn. */
export const PASTE_RELAY_MAX_CHARS = 100_000;

/** Asks the main-world relay to paste `text` into `target` (isolated-world side). */
export function requestPaste(target: Element, text: string): void {
  // `composed` so the request reaches the relay's window listener from inside a shadow root.
  target.dispatchEvent(new CustomEvent(PASTE_RELAY_EVENT, { detail: text, composed: true }));
}

/** Installs the relay in the page's world (main-world side). */
export function startPasteRelay(): void {
  // Capturing on the window: it runs before any page listener could stop the request's propagation.
  window.addEventListener(PASTE_RELAY_EVENT, (event) => {
    const text = (event as CustomEvent<unknown>).detail;
    const target = event.composedPath()[0];
    if (typeof text !== 'string' || text.length > PASTE_RELAY_MAX_CHARS || !(target instanceof Element)) return;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // Firefox ignores `clipboardData` in the constructor and gives the event an empty one of its own.
    if (paste.clipboardData?.getData('text/plain') !== text) Object.defineProperty(paste, 'clipboardData', { value: data });
    target.dispatchEvent(paste);
  }, true);
}
