import type { EditorKind } from './adapter';
import { rangeFor, readEditableText } from './editable-text';
import { requestPaste } from './paste-relay';

/**
 * Replaces [start, end) of an editor's text the way that editor accepts (sites.md, "Writing into the
 * editors"): never by setting innerHTML/textContent of a framework-managed editor, which desynchronises its
 * model, duplicates text or moves the caret. The editor handles the event as if the user pasted or typed, so
 * its own state, its undo stack and the site's Post button and counter follow.
 *
 * Afterwards the text is verified. When a way of writing left the text unchanged, the next one is tried;
 * when it changed the text to anything but the intended result, the change is undone first. Nothing is left
 * half-done: if no way works, the caller is told to fall back to the clipboard.
 */
export type InsertOutcome = { ok: true } | { ok: false; reason: 'rejected' | 'stale' };

export interface InsertRequest {
  element: HTMLElement;
  editor: EditorKind;
  start: number;
  end: number;
  replacement: string;
  /** The text the offsets refer to; if the editor holds something else now, nothing is written. */
  expectedText: string;
}

export async function replaceText(req: InsertRequest): Promise<InsertOutcome> {
  const before = currentText(req.element);
  if (before !== req.expectedText) return { ok: false, reason: 'stale' };
  const wanted = before.slice(0, req.start) + req.replacement + before.slice(req.end);

  req.element.focus({ preventScroll: true });
  if (!select(req.element, req.start, req.end)) return { ok: false, reason: 'stale' };
  // Editors sync their model selection on `selectionchange`, which fires asynchronously.
  await nextTask();

  for (const attempt of strategies(req.editor, req.replacement)) {
    attempt(req.element, req.replacement);
    await nextTask();
    const after = currentText(req.element);
    if (after === wanted) return { ok: true };
    if (after !== before) {
      // A partial, misplaced or doubled edit (or an empty paste that only deleted the selection): take it back
      // with the editor's own undo. Only when the text is exactly as before is another way of writing tried.
      document.execCommand('undo');
      await nextTask();
      if (!(await restored(req.element, before))) return { ok: false, reason: 'rejected' };
    }
    // The text is as before: the editor ignored this way of writing; reselect and try the next one.
    if (!select(req.element, req.start, req.end)) return { ok: false, reason: 'stale' };
    await nextTask();
  }
  return { ok: false, reason: 'rejected' };
}

/**
 * Whether the editor holds `before` again. Draft.js keeps its own undo stack, which the native undo does not
 * reach (Firefox): then the one changed stretch is typed back over, which every editor takes as typing.
 */
async function restored(element: HTMLElement, before: string): Promise<boolean> {
  const now = currentText(element);
  if (now === before) return true;
  const shorter = Math.min(now.length, before.length);
  let prefix = 0;
  while (prefix < shorter && now[prefix] === before[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && now[now.length - 1 - suffix] === before[before.length - 1 - suffix]) suffix++;
  if (!select(element, prefix, now.length - suffix)) return false;
  await nextTask();
  insertText(element, before.slice(prefix, before.length - suffix));
  await nextTask();
  return currentText(element) === before;
}

/** The editor's text as PHI Guard reads it (the offsets of findings refer to this). */
export function currentText(element: HTMLElement): string {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
    ? element.value
    : readEditableText(element).text;
}

function select(element: HTMLElement, start: number, end: number): boolean {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.setSelectionRange(start, end);
    return true;
  }
  const range = rangeFor(readEditableText(element), start, end);
  const selection = element.ownerDocument.getSelection();
  if (!selection) return false;
  if (!range) {
    // An empty editor has no text node: put the caret in its first (empty) block, where a click would put it.
    // A caret on the editor root itself is a position Draft.js cannot map to a block, and it throws.
    if (start !== 0 || end !== 0) return false;
    let block: Element = element;
    while (block.firstElementChild && block.firstElementChild.tagName !== 'BR') block = block.firstElementChild;
    selection.removeAllRanges();
    selection.collapse(block, 0);
    return true;
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

type Strategy = (element: HTMLElement, text: string) => void;

/** A paste built in the page's world (see paste-relay.ts), aimed where the selection starts. */
const paste: Strategy = (element, text) => {
  const anchor = element.ownerDocument.getSelection()?.anchorNode;
  const target = anchor instanceof Element ? anchor : (anchor?.parentElement ?? element);
  requestPaste(element.contains(target) ? target : element, text);
};

const insertText: Strategy = (_element, text) => {
  if (text) document.execCommand('insertText', false, text);
  else document.execCommand('delete');
};

/** Quill turns an inserted "\n" into a raw newline; typing a paragraph break per line keeps its model right. */
const insertLines: Strategy = (element, text) => {
  const lines = text.split('\n');
  if (lines.length === 1) return insertText(element, text);
  if (!element.ownerDocument.getSelection()?.isCollapsed) document.execCommand('delete');
  lines.forEach((line, i) => {
    if (i > 0) document.execCommand('insertParagraph');
    if (line) document.execCommand('insertText', false, line);
  });
};

/** Last resort for plain textareas whose page ignores execCommand: the native setter plus an input event. */
const setTextareaValue: Strategy = (element, text) => {
  const field = element as HTMLTextAreaElement;
  const { selectionStart: start, selectionEnd: end, value } = field;
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setter?.call(field, value.slice(0, start) + text + value.slice(end));
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
};

function strategies(editor: EditorKind, text: string): Strategy[] {
  switch (editor) {
    case 'draft':
    case 'prosemirror':
      return [paste, insertText];
    case 'lexical':
      return text.includes('\n') ? [paste, insertText] : [insertText, paste];
    case 'quill':
      return [insertLines];
    case 'textarea':
      return [insertText, setTextareaValue];
    case 'contenteditable':
      return [insertText, paste];
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
