// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { selectionOffsets } from './caret';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div><p id="outside">elsewhere</p>`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

function select(startNode: Node, startOffset: number, endNode = startNode, endOffset = startOffset) {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('selectionOffsets', () => {
  it('gives the caret as an offset into the text PHI Guard reads, blocks joined by a newline', () => {
    const el = editor('<p>Hello</p><p>world</p>');
    const world = el.querySelectorAll('p')[1]!.firstChild!;
    select(world, 3);
    expect(selectionOffsets(el)).toEqual({ start: 9, end: 9 });
  });

  it('gives a selection as its start and end', () => {
    const el = editor('<p>Hello</p><p>world</p>');
    const [hello, world] = [...el.querySelectorAll('p')].map((p) => p.firstChild!);
    select(hello!, 1, world!, 2);
    expect(selectionOffsets(el)).toEqual({ start: 1, end: 8 });
  });

  it('is null when the selection is outside the editor', () => {
    const el = editor('<p>Hello</p>');
    select(document.getElementById('outside')!.firstChild!, 2);
    expect(selectionOffsets(el)).toBeNull();
  });

  it('reads a textarea from its own selection', () => {
    document.body.innerHTML = '<textarea>Hello world</textarea>';
    const area = document.querySelector('textarea')!;
    area.setSelectionRange(6, 11);
    expect(selectionOffsets(area)).toEqual({ start: 6, end: 11 });
  });
});
