import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundResponse } from '../messaging/protocol';
import type { BackgroundContext } from './context';
import { forgetManagedPolicy } from './managed-policy';
import { createRouter, registerRouter, type Identity, type MessageSender, type Router } from './router';
import { installedContext } from './test-setup';
import { installEnglishMessages } from '@/tests/unit/english-messages';

const identity: Identity = { extensionId: 'our-extension', extensionOrigin: 'chrome-extension://our-extension/' };
const contentScript: MessageSender = { id: 'our-extension', url: 'https://x.com/home', tab: { id: 7 } as MessageSender['tab'] };
const popup: MessageSender = { id: 'our-extension', url: 'chrome-extension://our-extension/popup.html' };
const DRAFT = 'Maria Alvarez in bed 12, call (617) 555-0134, SSN 123-45-6789';
const check = { type: 'check', text: DRAFT, context: { site: 'x', surface: 'post' }, draftKey: 'x:post:1' };

let ctx: BackgroundContext;
let route: Router;
beforeEach(async () => {
  installEnglishMessages();
  ctx = await installedContext();
  route = createRouter(ctx, identity);
});
afterEach(() => {
  ctx.state.dispose();
  ctx.db.close();
  fakeBrowser.reset();
  forgetManagedPolicy();
  vi.restoreAllMocks();
});

describe('message router', () => {
  it('answers our content scripts and our pages', async () => {
    expect(await route(check, contentScript)).toMatchObject({ ok: true, enabled: true });
    expect(await route({ type: 'getStatus', site: 'x' }, popup)).toMatchObject({ ok: true, siteEnabled: true });
  });

  it('ignores messages from another extension and from anything that is neither our page nor a tab', async () => {
    expect(route(check, { ...contentScript, id: 'someone-else' })).toBeUndefined();
    expect(route(check, { id: 'our-extension', url: 'https://evil.example/' })).toBeUndefined();
    expect(route(check, { url: 'chrome-extension://our-extension/popup.html' })).toBeUndefined();
    expect(await ctx.db.audit.count()).toBe(0);
  });

  it('answers a malformed message with an error that names fields, not values', async () => {
    const answers = await Promise.all([
      route({ type: 'check', text: DRAFT, context: { surface: 'billboard' } }, contentScript),
      route({ type: 'launch-missiles' }, contentScript),
      route('check', contentScript),
      route({ type: 'dismiss', draftKey: '', finding: { value: DRAFT } }, contentScript),
    ]);
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      expect(JSON.stringify(answer)).not.toContain('Alvarez');
      expect(JSON.stringify(answer)).not.toContain('555-0134');
    }
    expect((answers[0] as Extract<BackgroundResponse, { ok: false }>).error.message).toMatch(/draftKey|context\.surface/);
  });

  it('records a photo warning from a content script, keeping nothing but the identifiers it named', async () => {
    const answer = await route(
      { type: 'photoWarned', identifiers: ['location', 'consent'], site: 'x', surface: 'post', fileName: 'IMG_0042.jpg' },
      contentScript,
    );
    expect(answer).toEqual({ ok: true, written: 2 });
    const rows = await ctx.db.audit.toArray();
    expect(rows.map((r) => [r.kind, r.ruleId])).toEqual([['photo-warned', 'photo.location'], ['photo-warned', 'photo.consent']]);
    expect(JSON.stringify(rows)).not.toContain('IMG_0042');
  });

  it('turns a failure inside a handler into an internal error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    ctx.db.close();
    const answer = await route({ type: 'setSiteEnabled', site: 'x', enabled: false }, popup);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: 'setSiteEnabled failed' } });
  });

  it('switches a site and reports it in settings and status', async () => {
    const settings = await route({ type: 'setSiteEnabled', site: 'linkedin', enabled: false }, popup);
    expect(settings).toMatchObject({ ok: true, settings: { sites: { linkedin: false } } });
    expect(JSON.stringify(settings)).not.toMatch(/salt/i);
    expect(await route({ type: 'getStatus', site: 'linkedin' }, popup)).toMatchObject({
      enabled: true,
      siteEnabled: false,
      packs: [
        { id: 'phi-guard.baseline', source: 'builtin', signature: 'builtin' },
        { id: 'org.example.social', name: 'Example Health social media policy', version: 1, source: 'options' },
      ],
      guard: { blockOnSubmit: true },
    });
  });

  it('under the enterprise lock, refuses switching a site off and keeps it on', async () => {
    await fakeBrowser.storage.managed.set({ lock: true, overrideReasonRequired: false });
    const answer = await route({ type: 'setSiteEnabled', site: 'x', enabled: false }, popup);
    expect(answer).toMatchObject({ ok: false, error: { message: 'Managed by your organisation: checking cannot be switched off on x.' } });
    expect(await route({ type: 'getStatus', site: 'x' }, popup)).toMatchObject({
      siteEnabled: true,
      guard: { overrideReasonRequired: false },
    });
  });

  it('lists the templates usable on a site with their variables', async () => {
    const answer = await route({ type: 'getTemplates', site: 'x' }, popup);
    expect(answer).toMatchObject({ ok: true, variables: { orgPhone: '(555) 010-0000' } });
    expect(answer && 'templates' in answer ? answer.templates.map((t) => t.id) : []).toContain('org.secure-channel');
  });
});

describe('registerRouter', () => {
  it('answers through runtime.onMessage and stays silent for foreign senders', async () => {
    registerRouter(route);
    const respond = vi.fn();
    const [handled] = await fakeBrowser.runtime.onMessage.trigger({ type: 'getSettings' }, popup, respond);
    expect(handled).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith(expect.objectContaining({ ok: true })));

    const ignored = vi.fn();
    const [foreign] = await fakeBrowser.runtime.onMessage.trigger({ type: 'getSettings' }, { id: 'other' }, ignored);
    expect(foreign).toBe(false);
    expect(ignored).not.toHaveBeenCalled();
  });
});
