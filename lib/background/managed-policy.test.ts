import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installEnglishMessages } from '@/tests/unit/english-messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, savePackVersion, saveSettings, stopUsingPack } from '../db';
import { enforceManagedSettings, forgetManagedPolicy, parseManagedPolicy, readManagedPolicy, siteSwitchRefusal } from './managed-policy';
import { installedContext, orgPack } from './test-setup';

beforeEach(installEnglishMessages);

afterEach(() => {
  fakeBrowser.reset();
  forgetManagedPolicy();
});

describe('parseManagedPolicy', () => {
  it('reads every key and fills defaults', () => {
    const { policy, problems } = parseManagedPolicy({
      packUrls: ['https://policy.example.org/social.jws'],
      trustedKeys: { keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), kid: 'k1' }] },
      lock: true,
      disabledSites: ['linkedin'],
      overrideReasonRequired: true,
      auditEndpoint: 'http://localhost:4318/v1/logs',
    });
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({ lock: true, refreshIntervalMinutes: 360, enabledSites: [], disabledSites: ['linkedin'] });
  });

  it('ignores an invalid key, says why, and keeps the others', () => {
    const { policy, problems } = parseManagedPolicy({
      packUrls: ['http://policy.example.org/social.jws'],
      refreshIntervalMinutes: 0,
      lock: true,
      auditEndpoint: 'ftp://collector.example.org',
      surprise: 'ignored',
    });
    expect(policy).toMatchObject({ packUrls: [], refreshIntervalMinutes: 360, lock: true });
    expect(policy.auditEndpoint).toBeUndefined();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('packUrls: 0 must be an https:// URL (http:// only for localhost)');
  });
});

describe('readManagedPolicy', () => {
  it('reads managed storage, and no storage means no policy', async () => {
    expect((await readManagedPolicy()).policy.lock).toBe(false);
    forgetManagedPolicy();
    await fakeBrowser.storage.managed.set({ lock: true });
    expect((await readManagedPolicy()).policy.lock).toBe(true);
  });
});

describe('siteSwitchRefusal', () => {
  const base = parseManagedPolicy({}).policy;
  it('allows any switch without a policy', () => {
    expect(siteSwitchRefusal(base, 'x', false)).toBeUndefined();
  });
  it('refuses switching off under lock, but not switching on', () => {
    const locked = { ...base, lock: true };
    expect(siteSwitchRefusal(locked, 'x', false)).toBe('Managed by your organisation: checking cannot be switched off on x.');
    expect(siteSwitchRefusal(locked, 'x', true)).toBeUndefined();
  });
  it('refuses any change to a site the policy lists', () => {
    const listed = { ...base, disabledSites: ['linkedin'] };
    expect(siteSwitchRefusal(listed, 'linkedin', true)).toMatch(/set by policy/);
  });
});

describe('enforceManagedSettings', () => {
  it('under lock, switches PHI Guard back on, drops the user\'s off-switches and puts the organisation pack back in use', async () => {
    const ctx = await installedContext();
    await saveSettings(ctx.db, { enabled: false, sites: { x: false, facebook: true } });
    await stopUsingPack(ctx.db, orgPack.id);
    const policy = { ...parseManagedPolicy({}).policy, lock: true, disabledSites: ['linkedin'] };
    await enforceManagedSettings(ctx.db, policy, [orgPack.id]);
    const settings = await getSettings(ctx.db);
    expect(settings).toMatchObject({ enabled: true, sites: { facebook: true, linkedin: false } });
    expect(settings.sites.x).toBeUndefined();
    expect(settings.activePackIds).toContain(orgPack.id);
    ctx.state.dispose();
  });

  it('without lock, leaves the user\'s choices alone', async () => {
    const ctx = await installedContext();
    await saveSettings(ctx.db, { enabled: false, sites: { x: false } });
    await savePackVersion(ctx.db, { pack: orgPack, source: 'managed', signature: 'verified' });
    await enforceManagedSettings(ctx.db, parseManagedPolicy({}).policy, [orgPack.id]);
    expect(await getSettings(ctx.db)).toMatchObject({ enabled: false, sites: { x: false } });
    ctx.state.dispose();
  });
});
