// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { PASTE_RELAY_MAX_CHARS, requestPaste, startPasteRelay } from './paste-relay';

/** What a page's paste listener on `target` receives for one request. */
function pastesSeen(target: Element, detail: unknown): string[] {
  const seen: string[] = [];
  const listener = (event: Event) => seen.push((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  target.addEventListener('paste', listener);
  if (typeof detail === 'string') requestPaste(target, detail);
  else target.dispatchEvent(new CustomEvent('phi-guard:paste', { detail }));
  target.removeEventListener('paste', listener);
  return seen;
}

beforeAll(() => startPasteRelay());

describe('the main-world paste relay', () => {
  it('pastes the requested text on the element the request was dispatched on', () => {
    const paragraph = document.createElement('p');
    document.body.append(paragraph);
    expect(pastesSeen(paragraph, 'Call the front desk at [phone]\nThanks')).toEqual(['Call the front desk at [phone]\nThanks']);
  });

  it('ignores requests whose detail is not a string or is too long', () => {
    const paragraph = document.createElement('p');
    document.body.append(paragraph);
    expect(pastesSeen(paragraph, { text: 'not a string' })).toEqual([]);
    expect(pastesSeen(paragraph, 'x'.repeat(PASTE_RELAY_MAX_CHARS + 1))).toEqual([]);
    expect(pastesSeen(paragraph, '')).toEqual(['']);
  });
});
