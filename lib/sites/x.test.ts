// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from './x';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

function first() {
  const el = document.querySelector<HTMLElement>(xAdapter.composerSelector)!;
  return xAdapter.describe(el)!;
}

describe('X adapter', () => {
  it('finds the inline Draft.js composer on the home timeline as a post with its inline button', () => {
    history.replaceState(null, '', '/home');
    document.body.innerHTML = `<main><div><div class="DraftEditor-root"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>
      <button data-testid="tweetButtonInline">Post</button></div></main>`;
    const c = first();
    expect(c).toMatchObject({ editor: 'draft', surface: 'post', submitsOnEnter: false });
    expect(c.submitButton()?.dataset.testid).toBe('tweetButtonInline');
    expect(c.replyTo()).toBeUndefined();
  });

  it('treats the composer on a status page as a reply to the post above it', () => {
    history.replaceState(null, '', '/nurse_jo/status/1234567890');
    document.body.innerHTML = `<main><article data-testid="tweet"><div data-testid="tweetText">Why is my lab result not in the portal yet?</div></article>
      <div><div data-testid="tweetTextarea_0" contenteditable="true"></div><button data-testid="tweetButtonInline">Reply</button></div></main>`;
    const c = first();
    expect(c.surface).toBe('reply');
    expect(c.replyTo()).toBe('Why is my lab result not in the portal yet?');
  });

  it('uses the modal button under #layers and the quoted article only when replying', () => {
    history.replaceState(null, '', '/compose/post');
    document.body.innerHTML = `<div id="layers"><div role="dialog"><div>Replying to @clinic</div>
      <article data-testid="tweet"><div data-testid="tweetText">Thanks for the flu clinic!</div></article>
      <div data-testid="tweetTextarea_0" contenteditable="true"></div><button data-testid="tweetButton">Reply</button></div></div>`;
    const c = first();
    expect(c.surface).toBe('reply');
    expect(c.submitButton()?.dataset.testid).toBe('tweetButton');
    expect(c.replyTo()).toBe('Thanks for the flu clinic!');
  });

  it('reads the display name of the post replied to, without the @handle', () => {
    history.replaceState(null, '', '/robin/status/1234567890');
    document.body.innerHTML = `<main><article data-testid="tweet"><div data-testid="User-Name"><span>Robin Ashby</span> <span>@robin</span> · 1h</div>
      <div data-testid="tweetText">Thank you all!</div></article>
      <div><div data-testid="tweetTextarea_0" contenteditable="true"></div><button data-testid="tweetButtonInline">Reply</button></div></main>`;
    expect(first().replyAuthor()).toBe('Robin Ashby');
  });

  it('finds the mobile layout’s textarea, which carries the testid itself, with the compose page’s Post button', () => {
    history.replaceState(null, '', '/compose/post');
    document.body.innerHTML = `<main><div><a href="/home" aria-label="Close">x</a><button data-testid="tweetButton">Post</button></div>
      <div><textarea data-testid="tweetTextarea_0" aria-label="Post text"></textarea></div></main>`;
    const c = first();
    expect(c.element).toBeInstanceOf(HTMLTextAreaElement);
    expect(c).toMatchObject({ editor: 'textarea', surface: 'post', submitsOnEnter: false });
    expect(c.submitButton()?.dataset.testid).toBe('tweetButton');
  });

  it('treats the mobile reply box under a post as a reply to it', () => {
    history.replaceState(null, '', '/robin/status/1234567890');
    document.body.innerHTML = `<main><article data-testid="tweet"><div data-testid="User-Name">Robin Ashby @robin</div>
      <div data-testid="tweetText">Is the clinic open on the holiday?</div></article>
      <div><textarea data-testid="tweetTextarea_0"></textarea><button data-testid="tweetButtonInline">Reply</button></div></main>`;
    const c = first();
    expect(c).toMatchObject({ editor: 'textarea', surface: 'reply' });
    expect(c.replyTo()).toBe('Is the clinic open on the holiday?');
    expect(c.replyAuthor()).toBe('Robin Ashby');
    expect(c.submitButton()?.dataset.testid).toBe('tweetButtonInline');
  });

  it('leaves other textareas of the page alone', () => {
    document.body.innerHTML = `<main><textarea data-testid="dmComposerTextInput"></textarea><textarea aria-label="Search"></textarea></main>`;
    expect(document.querySelector(xAdapter.composerSelector)).toBeNull();
  });

  it('matches the mobile textarea composer inside a tweetTextarea wrapper', () => {
    document.body.innerHTML = `<main><div data-testid="tweetTextarea_0"><textarea></textarea></div></main>`;
    expect(first().editor).toBe('textarea');
  });
});
