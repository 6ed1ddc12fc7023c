import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundContext } from './context';
import { forgetManagedPolicy } from './managed-policy';
import { createRouter, type Identity, type MessageSender, type Router } from './router';
import { TabFindings } from './tab-findings';
import { installedContext } from './test-setup';

const identity: Identity = { extensionId: 'our-extension', extensionOrigin: 'chrome-extension://our-extension/' };
const tab = (id: number): MessageSender => ({ id: 'our-extension', url: 'https://bsky.app/', tab: { id } as MessageSender['tab'] });
const popup: MessageSender = { id: 'our-extension', url: 'chrome-extension://our-extension/popup.html' };
// The test pack blocks the name and the phone number and warns on the bed number.
const DRAFT = 'Maria Alvarez in bed 12 asked us to call (617) 555-0134';

describe('finding counts per tab', () => {
  it('counts by severity and names the worst', () => {
    const tabs = new TabFindings();
    tabs.record(3, 'bsky.app', [{ severity: 'warn' }, { severity: 'info' }, { severity: 'warn' }], 10);
    expect(tabs.get(3)).toEqual({ site: 'bsky.app', total: 3, block: 0, warn: 2, info: 1, worst: 'warn', checkedAt: 10 });
    tabs.record(3, 'bsky.app', [], 11);
    expect(tabs.get(3)).toMatchObject({ total: 0, worst: null });
    tabs.forget(3);
    expect(tabs.get(3)).toBeUndefined();
  });

  it('remembers a bounded number of tabs, dropping the least recently checked', () => {
    const tabs = new TabFindings();
    for (let id = 0; id < 250; id++) tabs.record(id, 'x', [], id);
    tabs.record(100, 'x', [{ severity: 'block' }], 251);
    expect(tabs.get(0)).toBeUndefined();
    expect(tabs.get(100)).toMatchObject({ worst: 'block' });
    expect(tabs.get(249)).toBeDefined();
  });
});

describe('the popup reads what the tab’s latest check found', () => {
  let ctx: BackgroundContext;
  let route: Router;
  beforeEach(async () => {
    ctx = await installedContext();
    route = createRouter(ctx, identity);
  });
  afterEach(() => {
    ctx.state.dispose();
    ctx.db.close();
    fakeBrowser.reset();
    forgetManagedPolicy();
  });

  it('answers counts for the tab that sent the check, and nothing for another tab', async () => {
    await route({ type: 'check', text: DRAFT, context: { site: 'bsky.app', surface: 'post' }, draftKey: 'bsky:1' }, tab(5));
    const answer = await route({ type: 'getTabFindings', tabId: 5 }, popup);
    expect(answer).toMatchObject({ ok: true, summary: { site: 'bsky.app', block: 2, warn: 1, worst: 'block' } });
    expect(JSON.stringify(answer)).not.toContain('Alvarez');
    expect(await route({ type: 'getTabFindings', tabId: 6 }, popup)).toEqual({ ok: true, summary: null });
  });

  it('tells the popup when the organisation locks the switches or sets a site', async () => {
    await fakeBrowser.storage.managed.set({ lock: true, disabledSites: ['mastodon.social'] });
    expect(await route({ type: 'getStatus', site: 'mastodon.social' }, popup)).toMatchObject({ organisation: { locked: true, site: 'off' } });
    expect(await route({ type: 'getStatus', site: 'bsky.app' }, popup)).toMatchObject({ organisation: { locked: true } });
  });
});
