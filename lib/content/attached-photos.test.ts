// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composerNear } from './attached-photos';

afterEach(() => {
  document.body.innerHTML = '';
});

function session(id: string, selector: string) {
  return { id, composer: { element: document.querySelector<HTMLElement>(selector)! } };
}

describe('composerNear', () => {
  it('finds the composer whose toolbar holds the file input, not a neighbouring one', () => {
    document.body.innerHTML = `
      <div class="post"><div id="a" contenteditable="true"></div>
        <div class="toolbar"><div><button>Photo</button><input id="a-file" type="file" accept="image/*"></div></div></div>
      <div class="post"><div id="b" contenteditable="true"></div>
        <div class="toolbar"><input id="b-file" type="file" accept="image/*"></div></div>`;
    const sessions = [session('a', '#a'), session('b', '#b')];
    expect(composerNear(document.getElementById('a-file'), sessions)?.id).toBe('a');
    expect(composerNear(document.getElementById('b-file'), sessions)?.id).toBe('b');
  });

  it('finds the composer a drop or paste lands in, from a node inside its editor', () => {
    document.body.innerHTML = `<div><div id="a" contenteditable="true"><p><span id="word">Hi</span></p></div></div>`;
    expect(composerNear(document.getElementById('word')!.firstChild, [session('a', '#a')])?.id).toBe('a');
  });

  it('finds none for an upload far from any composer, such as a profile picture', () => {
    document.body.innerHTML = `
      <main><div id="a" contenteditable="true"></div></main>
      <aside>${'<div>'.repeat(30)}<input id="avatar" type="file">${'</div>'.repeat(30)}</aside>`;
    expect(composerNear(document.getElementById('avatar'), [session('a', '#a')])).toBeUndefined();
    expect(composerNear(null, [session('a', '#a')])).toBeUndefined();
    document.body.innerHTML = `<main><div id="a" contenteditable="true"></div></main><input id="avatar" type="file">`;
    expect(composerNear(document.getElementById('avatar'), [session('a', '#a')])).toBeUndefined();
  });
});
