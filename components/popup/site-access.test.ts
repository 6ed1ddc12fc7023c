import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StatusResponse } from '@/lib/messaging/protocol';
import { siteOf, switchSite } from './site-access';
import { canSwitchSite, isCheckingSite, type PopupData } from './use-popup-state';

const original = { permissions: { ...fakeBrowser.permissions }, sendMessage: fakeBrowser.runtime.sendMessage };
afterEach(() => {
  Object.assign(fakeBrowser.permissions, original.permissions);
  fakeBrowser.runtime.sendMessage = original.sendMessage;
  fakeBrowser.reset();
});

describe('which site the popup speaks about', () => {
  it('tells the target sites from the sites that need a grant, and both from pages PHI Guard never runs on', () => {
    expect(siteOf('https://x.com/home')).toEqual({ kind: 'target', id: 'x', host: 'x.com' });
    expect(siteOf('https://www.linkedin.com/feed/')).toEqual({ kind: 'target', id: 'linkedin', host: 'www.linkedin.com' });
    expect(siteOf('https://bsky.app/profile/someone')).toEqual({ kind: 'generic', id: 'bsky.app', host: 'bsky.app', origin: 'https://bsky.app/*' });
    for (const url of ['chrome://extensions/', 'http://example.org/', 'file:///tmp/a.html', 'https://localhost/', undefined, 'not a url']) {
      expect(siteOf(url)).toEqual({ kind: 'unsupported' });
    }
  });
});

const baseStatus: StatusResponse = {
  ok: true,
  enabled: true,
  siteEnabled: true,
  packs: [],
  policyKey: 'k',
  guard: { blockOnSubmit: true, overrideReasonRequired: false, overrideReasons: [], failMode: 'open' },
};
function data(overrides: Partial<Omit<PopupData, 'status'>> & { status?: Partial<StatusResponse> } = {}): PopupData {
  return {
    site: siteOf('https://bsky.app/'),
    tabId: 4,
    access: true,
    findings: null,
    theme: 'system',
    ...overrides,
    status: { ...baseStatus, ...overrides.status },
  };
}

describe('the site switch', () => {
  it('is on only where the site is switched on and, for a generic site, its origin is granted', () => {
    expect(isCheckingSite(data())).toBe(true);
    expect(isCheckingSite(data({ access: false }))).toBe(false);
    expect(isCheckingSite(data({ status: { siteEnabled: false } }))).toBe(false);
    expect(isCheckingSite(data({ status: { enabled: false } }))).toBe(false);
  });

  it('cannot switch off under the organisation lock, nor change a site the organisation sets', () => {
    expect(canSwitchSite(data({ status: { organisation: { locked: true } } }))).toBe(false);
    expect(canSwitchSite(data({ access: false, status: { organisation: { locked: true } } }))).toBe(true);
    expect(canSwitchSite(data({ access: false, status: { organisation: { locked: false, site: 'off' } } }))).toBe(false);
    expect(canSwitchSite(data({ status: { organisation: { locked: false, site: 'on' } } }))).toBe(false);
  });

  it('still lets the user grant a generic site the organisation turns on, since no policy can grant it', () => {
    expect(canSwitchSite(data({ access: false, status: { organisation: { locked: false, site: 'on' } } }))).toBe(true);
    const target = siteOf('https://x.com/');
    expect(canSwitchSite(data({ site: target, status: { siteEnabled: false, organisation: { locked: false, site: 'on' } } }))).toBe(false);
  });
});

describe('switching a generic site', () => {
  it('stays off, without touching the settings, when the user declines the permission', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => false) });
    const send = vi.fn();
    Object.assign(fakeBrowser.runtime, { sendMessage: send });
    const site = siteOf('https://mastodon.social/');
    if (site.kind !== 'generic') throw new Error('expected a generic site');
    expect(await switchSite(site, true, 3)).toEqual({ ok: false, reason: 'declined' });
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] });
    expect(send).not.toHaveBeenCalled();
  });

  it('gives the origin back when switched off', async () => {
    Object.assign(fakeBrowser.permissions, { remove: vi.fn(async () => true) });
    const send = vi.fn(async () => ({
      ok: true,
      settings: { enabled: true, sites: { 'mastodon.social': false }, variables: {}, activePackIds: [], ui: { theme: 'system' } },
    }));
    Object.assign(fakeBrowser.runtime, { sendMessage: send });
    const site = siteOf('https://mastodon.social/');
    if (site.kind !== 'generic') throw new Error('expected a generic site');
    expect(await switchSite(site, false, 3)).toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith({ type: 'setSiteEnabled', site: 'mastodon.social', enabled: false });
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] });
  });
});
