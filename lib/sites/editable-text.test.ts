// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditableText } from './editable-text';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('readEditableText', () => {
  it('joins paragraphs with a newline and ignores the trailing <br> of empty ones (Lexical, Quill, ProseMirror)', () => {
    const el = editor('<p>Tough night</p><p><br></p><p>Mr. <b>Alvarez</b> went home</p>');
    expect(readEditableText(el).text).toBe('Tough night\n\nMr. Alvarez went home');
  });

  it('reads Draft.js block markup without doubling newlines', () => {
    const el = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div data-offset-key="a"><span><span data-text="true">Line one</span></span></div></div>' +
        '<div data-block="true"><div data-offset-key="b"><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div data-offset-key="c"><span><span data-text="true">Line three</span></span></div></div>' +
        '</div>',
    );
    expect(readEditableText(el).text).toBe('Line one\n\nLine three');
  });

  it('treats a <br> in the middle of a block as a newline', () => {
    expect(readEditableText(editor('<p>one<br>two</p>')).text).toBe('one\ntwo');
  });

  it('skips non-editable decorations', () => {
    const el = editor('<p>Hi <span contenteditable="false">@mention-chip</span>there</p>');
    expect(readEditableText(el).text).toBe('Hi there');
  });

  it('maps text offsets to a DOM range on exactly those words, across elements and blocks', () => {
    const el = editor('<p>Seen by <i>Dr.</i> Ruth Okafor</p><p>in bay 4</p>');
    const map = readEditableText(el);
    const name = map.text.indexOf('Dr. Ruth');
    expect(rangeFor(map, name, name + 'Dr. Ruth Okafor'.length)!.toString()).toBe('Dr. Ruth Okafor');
    const bay = map.text.indexOf('bay 4');
    expect(rangeFor(map, bay, bay + 5)!.toString()).toBe('bay 4');
    // A span across the block boundary covers the end of one paragraph and the start of the next.
    expect(rangeFor(map, map.text.indexOf('Okafor'), map.text.indexOf(' bay'))!.toString()).toBe('Okaforin');
  });

  it('keeps offsets exact with emoji and accents', () => {
    const el = editor('<p>\u{1F389} Zoë <span>Martín</span> 617-555-0134</p>');
    const map = readEditableText(el);
    const at = map.text.indexOf('617');
    expect(rangeFor(map, at, at + 12)!.toString()).toBe('617-555-0134');
  });

  it('returns null when the text nodes have left the document', () => {
    const el = editor('<p>gone soon</p>');
    const map = readEditableText(el);
    el.innerHTML = '<p>replaced</p>';
    expect(rangeFor(map, 0, 4)).toBeNull();
  });
});
