// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from './linkedin';

afterEach(() => {
  document.body.innerHTML = '';
});

function describeAll() {
  return [...document.querySelectorAll<HTMLElement>(linkedinAdapter.composerSelector)].map((el) => linkedinAdapter.describe(el)!);
}

describe('LinkedIn adapter', () => {
  it('finds the Quill post composer and the dialog’s Post button', () => {
    document.body.innerHTML = `<div role="dialog"><div class="share-creation-state__text-editor">
      <div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p><br></p></div></div>
      <button class="share-actions__primary-action">Post</button></div>`;
    const [c] = describeAll();
    expect(c).toMatchObject({ editor: 'quill', surface: 'post' });
    expect(c!.submitButton()?.textContent).toBe('Post');
  });

  it('finds the TipTap comment box with its button and the post it answers', () => {
    document.body.innerHTML = `<div data-view-name="feed-full-update"><div data-view-name="feed-commentary">Our new cardiac wing opens Monday.</div>
      <div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true"><p></p></div>
      <button data-view-name="feed-comment-button">Comment</button></div></div>`;
    const [c] = describeAll();
    expect(c).toMatchObject({ editor: 'prosemirror', surface: 'comment' });
    expect(c!.submitButton()?.textContent).toBe('Comment');
    expect(c!.replyTo()).toBe('Our new cardiac wing opens Monday.');
  });

  it('names the author of the post a comment answers', () => {
    document.body.innerHTML = `<div class="feed-shared-update-v2" role="article"><div class="update-components-actor">
      <span class="update-components-actor__title"><span>Taylor Brooks</span></span></div>
      <div class="update-components-text">Are you hiring this spring?</div>
      <div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true"><p></p></div></div></div>`;
    expect(describeAll()[0]!.replyAuthor()).toBe('Taylor Brooks');
  });

  it('finds the messaging box and its Send button, once per element', () => {
    document.body.innerHTML = `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>
      <button class="msg-form__send-button" type="submit">Send</button></form>`;
    const all = describeAll();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ surface: 'message', submitsOnEnter: true });
    expect(all[0]!.submitButton()?.textContent).toBe('Send');
  });
});
