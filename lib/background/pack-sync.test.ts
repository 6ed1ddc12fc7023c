import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePacks, getSettings } from '../db';
import { packSyncState } from '../db/pack-sync-state';
import { generateSigningKeys, signPack, type SigningKeys } from '../policy/signature';
import { makeTestPack } from '../policy/test-pack';
import type { BackgroundContext } from './context';
import { forgetManagedPolicy, parseManagedPolicy } from './managed-policy';
import { PACK_SYNC_ALARM, PackSync, syncPacks, type PackSyncDeps } from './pack-sync';
import { installedContext } from './test-setup';

const URL_A = 'https://policy.example.org/social.jws';
let keys: SigningKeys;
let ctx: BackgroundContext;
let clock = Date.parse('2026-12-01T12:00:00Z');
let responses: (() => Response)[] = [];
let sentHeaders: Record<string, string>[] = [];
const deps: PackSyncDeps = {
  fetch: async (_url, init) => {
    sentHeaders.push({ ...(init?.headers as Record<string, string>) });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  },
};

const pack = (version: number) => makeTestPack({ id: 'org.example.ward', version });
const signed = async (version: number) => signPack(new TextEncoder().encode(JSON.stringify(pack(version))), keys.privateJwk);
const policy = (extra: Record<string, unknown> = {}) =>
  parseManagedPolicy({ packUrls: [URL_A], trustedKeys: keys.publicJwks, refreshIntervalMinutes: 60, ...extra });

beforeAll(async () => {
  keys = await generateSigningKeys();
});
beforeEach(async () => {
  ctx = await installedContext({ now: () => clock, withOrgPack: false });
  responses = [];
  sentHeaders = [];
});
afterEach(() => {
  ctx.state.dispose();
  fakeBrowser.reset();
  forgetManagedPolicy();
});

async function activeVersion(): Promise<number | undefined> {
  return (await activePacks(ctx.db)).find((p) => p.id === 'org.example.ward')?.version;
}

describe('syncPacks', () => {
  it('activates a verified pack, records the source and sets the refresh alarm', async () => {
    const token = await signed(1);
    responses.push(() => new Response(token, { headers: { ETag: '"a1"' } }));
    const state = await syncPacks(ctx, policy(), deps);
    expect(state.sources[URL_A]).toMatchObject({ status: 'active', packId: 'org.example.ward', version: 1, etag: '"a1"', failures: 0 });
    expect(await activeVersion()).toBe(1);
    expect((await activePacks(ctx.db)).find((p) => p.id === 'org.example.ward')).toMatchObject({ source: 'managed', signature: 'verified', url: URL_A });
    expect(await fakeBrowser.alarms.get(PACK_SYNC_ALARM)).toMatchObject({ scheduledTime: clock + 60 * 60_000 });
  });

  it('asks conditionally after an accepted response and treats 304 as unchanged', async () => {
    const token = await signed(1);
    responses.push(() => new Response(token, { headers: { ETag: '"a1"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' } }));
    await syncPacks(ctx, policy(), deps);
    responses.push(() => new Response(null, { status: 304 }));
    const state = await syncPacks(ctx, policy(), deps);
    expect(sentHeaders[1]).toEqual({ 'If-None-Match': '"a1"', 'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(state.sources[URL_A]).toMatchObject({ status: 'unchanged', version: 1 });
  });

  it('keeps the last good version through every failure, records each reason and backs off', async () => {
    const first = await signed(2);
    responses.push(() => new Response(first));
    await syncPacks(ctx, policy(), deps);

    const older = await signed(1);
    const outcomes: [() => Response, string][] = [
      [() => new Response(older), 'version 1 is older than the active version 2; rollback refused'],
      [() => new Response('{"not": "a jws"}'), 'signature refused: not a compact JWS (three base64url parts separated by ".")'],
      [() => new Response('oops', { status: 500 }), 'the server answered HTTP 500'],
    ];
    let failures = 0;
    for (const [respond, reason] of outcomes) {
      responses.push(respond);
      const state = await syncPacks(ctx, policy(), deps);
      failures += 1;
      expect(state.sources[URL_A]).toMatchObject({ reason, version: 2, failures });
      expect(state.nextSyncAt).toBe(clock + Math.min(60 * 60_000, 60_000 * 2 ** (failures - 1)));
      expect(await activeVersion()).toBe(2);
    }
    const down = await syncPacks(ctx, policy(), deps);
    expect(down.sources[URL_A]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^could not reach the server/) });
    expect(await activeVersion()).toBe(2);
  });

  it('refuses packs from URLs when the policy names no trusted keys', async () => {
    responses.push(() => new Response('a.b.c'));
    const state = await syncPacks(ctx, parseManagedPolicy({ packUrls: [URL_A] }), deps);
    expect(state.sources[URL_A]?.reason).toMatch(/^no trusted keys/);
  });

  it('accepts an inline pack as JSON (trusted as policy) and takes it out of use when the policy drops it', async () => {
    const inline = JSON.stringify(pack(4));
    const state = await syncPacks(ctx, parseManagedPolicy({ inlinePack: inline }), deps);
    expect(state.sources.inline).toMatchObject({ status: 'active', version: 4 });
    expect((await activePacks(ctx.db)).find((p) => p.id === 'org.example.ward')).toMatchObject({ signature: 'unsigned' });
    await syncPacks(ctx, parseManagedPolicy({}), deps);
    expect((await getSettings(ctx.db)).activePackIds).not.toContain('org.example.ward');
    expect(await fakeBrowser.alarms.get(PACK_SYNC_ALARM)).toBeUndefined();
  });
});

describe('PackSync.runIfDue', () => {
  it('syncs on a changed policy, then waits for the alarm', async () => {
    await fakeBrowser.storage.managed.set({ packUrls: [URL_A], trustedKeys: keys.publicJwks });
    const token = await signed(1);
    responses.push(() => new Response(token));
    const sync = new PackSync(ctx, deps);
    expect(await sync.runIfDue()).toBeDefined();
    expect(await sync.runIfDue()).toBeUndefined();
    clock += 7 * 60 * 60_000;
    responses.push(() => new Response(token));
    expect(await sync.runIfDue()).toBeDefined();
    expect((await packSyncState(ctx.db)).sources[URL_A]).toMatchObject({ status: 'unchanged' });
  });
});
