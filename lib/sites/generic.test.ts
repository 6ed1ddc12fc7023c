// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from './generic';
import { adapterFor } from './index';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('generic adapter', () => {
  it('serves hosts without an adapter of their own, and not the three target sites', () => {
    expect(adapterFor('bsky.app')).toMatchObject({ id: 'bsky.app', composerSelector: genericAdapter.composerSelector });
    expect(adapterFor('mastodon.social').id).toBe('mastodon.social');
    expect(adapterFor('mobile.x.com').id).toBe('x');
    expect(adapterFor('www.facebook.com').id).toBe('facebook');
    expect(adapterFor('www.linkedin.com').id).toBe('linkedin');
  });

  it('checks textareas and outermost contenteditables, with the nearby submit button', () => {
    document.body.innerHTML = `<form><textarea aria-label="Reply to review"></textarea><button type="submit">Reply</button></form>
      <div contenteditable="true"><p contenteditable="true">nested</p></div>`;
    const described = [...document.querySelectorAll<HTMLElement>(genericAdapter.composerSelector)].map((el) => genericAdapter.describe(el));
    expect(described[0]).toMatchObject({ editor: 'textarea', surface: 'reply' });
    expect(described[0]!.submitButton()?.textContent).toBe('Reply');
    expect(described[1]).toMatchObject({ editor: 'contenteditable', surface: 'post' });
    expect(described[2]).toBeNull();
  });

  it('respects opt-outs that sites set for writing tools', () => {
    document.body.innerHTML = `<div data-gramm="false"><textarea></textarea></div>`;
    expect(genericAdapter.describe(document.querySelector('textarea')!)).toBeNull();
  });
});
