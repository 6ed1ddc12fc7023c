// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceText } from './insert-text';
import { startPasteRelay } from './paste-relay';

/** An editor that, like ProseMirror, takes pasted text from clipboardData and puts it over the selection. */
function pasteEditor(text: string): { element: HTMLElement; pastes: string[] } {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = `<p>${text}</p>`;
  document.body.append(element);
  const pastes: string[] = [];
  element.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    pastes.push(pasted);
    event.preventDefault();
    const range = document.getSelection()?.getRangeAt(0);
    range?.deleteContents();
    range?.insertNode(document.createTextNode(pasted));
    element.normalize();
  });
  return { element, pastes };
}

beforeAll(() => startPasteRelay());

describe('replaceText through the paste relay', () => {
  it('replaces exactly the requested words with text the editor received by paste', async () => {
    const text = 'Ring me on 412-555-0199 after clinic';
    const { element, pastes } = pasteEditor(text);
    const outcome = await replaceText({
      element,
      editor: 'prosemirror',
      start: 11,
      end: 23,
      replacement: '[phone removed]',
      expectedText: text,
    });
    expect(outcome).toEqual({ ok: true });
    expect(element.textContent).toBe('Ring me on [phone removed] after clinic');
    expect(pastes).toEqual(['[phone removed]']);
  });

  it('writes nothing when the editor no longer holds the text the offsets refer to', async () => {
    const { element, pastes } = pasteEditor('Ring me on 412-555-0199 tonight');
    const outcome = await replaceText({
      element,
      editor: 'prosemirror',
      start: 11,
      end: 23,
      replacement: '[phone removed]',
      expectedText: 'Ring me on 412-555-0199 after clinic',
    });
    expect(outcome).toEqual({ ok: false, reason: 'stale' });
    expect(pastes).toEqual([]);
    expect(element.textContent).toBe('Ring me on 412-555-0199 tonight');
  });
});
