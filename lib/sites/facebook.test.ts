// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from './facebook';

afterEach(() => {
  document.body.innerHTML = '';
});

const lexical = (label: string) =>
  `<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>`;

function describeAll() {
  return [...document.querySelectorAll<HTMLElement>(facebookAdapter.composerSelector)].map((el) => facebookAdapter.describe(el)!);
}

describe('Facebook adapter', () => {
  it('finds the post composer in its dialog and the dialog’s Post button', () => {
    document.body.innerHTML = `<div role="dialog"><form>${lexical("What's on your mind?")}<div role="button" aria-label="Post">Post</div></form></div>`;
    const [c] = describeAll();
    expect(c).toMatchObject({ editor: 'lexical', surface: 'post', submitsOnEnter: false });
    expect(c!.submitButton()?.getAttribute('aria-label')).toBe('Post');
  });

  it('treats a comment box as a comment that submits on Enter and answers its article', () => {
    document.body.innerHTML = `<div role="article"><div data-ad-preview="message">Can someone check why my biopsy results are not in the portal?</div>
      <form>${lexical('Write a comment…')}</form></div>`;
    const [c] = describeAll();
    expect(c).toMatchObject({ surface: 'comment', submitsOnEnter: true });
    expect(c!.submitButton()).toBeNull();
    expect(c!.replyTo()).toBe('Can someone check why my biopsy results are not in the portal?');
  });

  it('answers the comment a reply box sits in, and names its author from the comment label', () => {
    document.body.innerHTML = `<div role="article" aria-label="Post by Harbour Clinic"><div data-ad-preview="message">Ask us anything!</div>
      <div role="article" aria-label="Comment by Dana Reyes 2 hours ago"><strong>Dana Reyes</strong><div dir="auto">Is the clinic open on Sunday?</div>
      <form>${lexical('Reply to Dana Reyes…')}</form></div></div>`;
    const [c] = describeAll();
    expect(c!.replyTo()).toBe('Is the clinic open on Sunday?');
    expect(c!.replyAuthor()).toBe('Dana Reyes');
  });

  it('tells Messenger chat boxes apart as messages', () => {
    document.body.innerHTML = `<div aria-label="Messenger chat">${lexical('Message')}</div>`;
    expect(describeAll()[0]!.surface).toBe('message');
  });
});
