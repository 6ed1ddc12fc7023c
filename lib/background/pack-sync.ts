import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { latestPacks, savePackVersion, stopUsingPack, type PhiGuardDb, type SignatureStatus } from '../db';
import {
  INLINE_SOURCE,
  packSyncState,
  savePackSyncState,
  type PackSourceStatus,
  type PackSyncState,
} from '../db/pack-sync-state';
import { loadEnginesFor } from '../policy/optional-engines';
import { acceptPackText, acceptSignedPack, type AcceptOptions, type AcceptResult, type ActiveVersion } from '../policy/accept-pack';
import { MAX_PACK_BYTES } from '../policy/load';
import type { BackgroundContext } from './context';
import {
  enforceManagedSettings,
  readManagedPolicy,
  syncFingerprint,
  watchManagedPolicy,
  type ManagedPolicy,
  type ManagedPolicyReading,
} from './managed-policy';

/**
 * Keeps the organisation's packs current: fetches every pack URL of the enterprise policy (and reads its
 * inline pack) when the worker first wakes under a new or changed policy, when the policy changes, and on an
 * alarm every refresh interval. Each response passes `acceptSignedPack` before it can replace anything, so the
 * last good version stays active through any failure, and each source's outcome, with its reason, is recorded
 * for the popup and the options page.
 *
 * Permissions: the URLs are chosen by the administrator, so no host permission can name them in advance, and
 * an optional one would need a user prompt that a managed install cannot show. Granting all hosts
 * (`https://*\/*`) would let the extension read every site the user visits. Instead the worker fetches with
 * no host permission, as an ordinary cross-origin request from the extension's origin: the pack server must
 * answer with CORS headers (`Access-Control-Allow-Origin: *` suits signed, public packs; to use conditional
 * requests, also allow `If-None-Match, If-Modified-Since` in preflight and expose `ETag`). A server without the
 * preflight allowance still works: the request is retried once without the conditional headers.
 */

export const PACK_SYNC_ALARM = 'phi-guard.pack-sync';
const FIRST_RETRY_MS = 60_000;
const FETCH_TIMEOUT_MS = 30_000;
// A base64url JWS is 4/3 of its payload plus the header and signature.
const MAX_RESPONSE_CHARS = Math.ceil((MAX_PACK_BYTES * 4) / 3) + 4096;

export interface PackSyncDeps {
  fetch: typeof fetch;
}

/** Runs syncs one at a time: a policy change during an alarm's sync waits for it rather than racing it. */
export class PackSync {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: BackgroundContext,
    private readonly deps: PackSyncDeps = { fetch: (...args) => fetch(...args) },
  ) {}

  /** Syncs every source now. */
  run(reading?: ManagedPolicyReading): Promise<PackSyncState> {
    const next = this.#queue.then(async () => syncPacks(this.ctx, reading ?? (await readManagedPolicy()), this.deps));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /**
   * On a worker wake: syncs when the policy changed since the last sync, or the next sync is overdue (the
   * browser was closed when the alarm was due); otherwise makes sure the alarm is still set.
   */
  async runIfDue(): Promise<PackSyncState | undefined> {
    const reading = await readManagedPolicy();
    const state = await packSyncState(this.ctx.db);
    const next = state.nextSyncAt;
    if (state.policyFingerprint !== syncFingerprint(reading.policy)) return this.run(reading);
    // Nothing to sync under this policy (or no policy at all).
    if (next === undefined) return undefined;
    if (next <= this.ctx.now()) return this.run(reading);
    if (!(await browser.alarms.get(PACK_SYNC_ALARM))) await browser.alarms.create(PACK_SYNC_ALARM, { when: next });
    return undefined;
  }
}

/**
 * Wires pack sync into the worker: the alarm, policy changes, and (under `lock`) any change to the settings,
 * which are put back in line with the policy. Call synchronously at start-up.
 */
export function startPackSync(ctx: BackgroundContext): PackSync {
  const sync = new PackSync(ctx);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_SYNC_ALARM) void sync.run().catch(logFailure);
  });
  watchManagedPolicy((reading) => void sync.run(reading).catch(logFailure));
  const settingsPrefix = `idb://${ctx.db.name}/settings/`;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((part) => part.startsWith(settingsPrefix))) return;
    void reEnforce(ctx.db).catch(logFailure);
  });
  void sync.runIfDue().catch(logFailure);
  return sync;
}

async function reEnforce(db: PhiGuardDb): Promise<void> {
  const { policy } = await readManagedPolicy();
  if (!policy.lock && !policy.enabledSites.length && !policy.disabledSites.length) return;
  await enforceManagedSettings(db, policy, managedPackIds(await packSyncState(db)));
}

function logFailure(error: unknown): void {
  console.warn('PHI Guard: pack sync failed', error instanceof Error ? error.message : '');
}

/** One sync of every source of the policy; records the outcome and schedules the next run. */
export async function syncPacks(ctx: BackgroundContext, reading: ManagedPolicyReading, deps: PackSyncDeps): Promise<PackSyncState> {
  const { db } = ctx;
  const { policy } = reading;
  const previous = await packSyncState(db);
  const active = new Map<string, ActiveVersion>((await latestPacks(db)).map((r) => [r.id, { version: r.version, pack: r.pack }]));
  const sources: Record<string, PackSourceStatus> = {};

  for (const url of policy.packUrls) {
    sources[url] = await syncUrl(ctx, url, previous.sources[url], policy, active, deps);
  }
  if (policy.inlinePack !== undefined) {
    sources[INLINE_SOURCE] = await syncInline(ctx, policy, previous.sources[INLINE_SOURCE], active);
  }

  // Packs only a source that left the policy delivered are taken out of use (their versions stay stored).
  const kept = new Set(managedPackIds({ sources }));
  for (const id of managedPackIds(previous)) if (!kept.has(id)) await stopUsingPack(db, id);
  await enforceManagedSettings(db, policy, [...kept]);

  const now = ctx.now();
  const nextSyncAt = Object.keys(sources).length ? now + nextDelay(policy, Object.values(sources)) : undefined;
  const state: PackSyncState = {
    policyFingerprint: syncFingerprint(policy),
    lastSyncAt: now,
    ...(nextSyncAt !== undefined ? { nextSyncAt } : {}),
    sources,
    policyProblems: reading.problems.slice(0, 50),
  };
  await savePackSyncState(db, state);
  if (nextSyncAt === undefined) await browser.alarms.clear(PACK_SYNC_ALARM);
  else await browser.alarms.create(PACK_SYNC_ALARM, { when: nextSyncAt });
  return state;
}

/** The refresh interval, or sooner after a failure: one minute, doubling with each failure in a row. */
function nextDelay(policy: ManagedPolicy, statuses: readonly PackSourceStatus[]): number {
  const refresh = policy.refreshIntervalMinutes * 60_000;
  const failures = Math.max(0, ...statuses.map((s) => s.failures));
  if (!failures) return refresh;
  return Math.min(refresh, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20));
}

function managedPackIds(state: Pick<PackSyncState, 'sources'>): string[] {
  return [...new Set(Object.values(state.sources).flatMap((s) => (s.packId ? [s.packId] : [])))];
}

async function syncUrl(
  ctx: BackgroundContext,
  url: string,
  previous: PackSourceStatus | undefined,
  policy: ManagedPolicy,
  active: Map<string, ActiveVersion>,
  deps: PackSyncDeps,
): Promise<PackSourceStatus> {
  const attempt = ctx.now();
  const kept = keptFields(previous);
  const fail = (status: 'failed' | 'refused', reason: string): PackSourceStatus => ({
    ...kept,
    status,
    reason,
    lastAttemptAt: attempt,
    failures: (previous?.failures ?? 0) + 1,
  });

  let response: Response;
  try {
    response = await fetchPack(url, previous, deps);
  } catch {
    return fail('failed', 'could not reach the server (network error, timeout, or the server does not allow CORS)');
  }
  if (response.status === 304 && kept.packId !== undefined) {
    return { ...kept, status: 'unchanged', lastAttemptAt: attempt, lastSuccessAt: attempt, failures: 0 };
  }
  if (!response.ok) return fail('failed', `the server answered HTTP ${response.status}`);
  const body = await readCapped(response, MAX_RESPONSE_CHARS).catch(() => null);
  if (body === null) return fail('failed', 'the response could not be read');
  if (body === undefined) return fail('refused', `signature refused: signed pack is larger than ${MAX_PACK_BYTES} bytes`);
  if (!policy.trustedKeys) return fail('refused', 'no trusted keys in the enterprise policy (trustedKeys), so no pack from a URL can be verified');

  const result = await acceptSignedPack(body, policy.trustedKeys, acceptOptions(ctx, previous, active));
  if (!result.ok) return fail('refused', result.reason);
  await store(ctx.db, result, 'verified', active, url);
  return {
    status: result.unchanged ? 'unchanged' : 'active',
    lastAttemptAt: attempt,
    lastSuccessAt: attempt,
    packId: result.pack.id,
    version: result.pack.version,
    ...validators(response),
    failures: 0,
  };
}

async function syncInline(
  ctx: BackgroundContext,
  policy: ManagedPolicy,
  previous: PackSourceStatus | undefined,
  active: Map<string, ActiveVersion>,
): Promise<PackSourceStatus> {
  const attempt = ctx.now();
  const text = policy.inlinePack ?? '';
  const options = acceptOptions(ctx, previous, active);
  // Pack JSON written into the policy is trusted as the policy itself is; anything else must be a signed pack.
  const isJson = text.trimStart().startsWith('{');
  let result: AcceptResult;
  if (isJson) {
    await loadEnginesFor(text);
    result = acceptPackText(text, options);
  }
  else if (policy.trustedKeys) result = await acceptSignedPack(text, policy.trustedKeys, options);
  else result = { ok: false, code: 'signature', reason: 'no trusted keys in the enterprise policy (trustedKeys) to verify the inline pack' };
  if (!result.ok) {
    return { ...keptFields(previous), status: 'refused', reason: result.reason, lastAttemptAt: attempt, failures: (previous?.failures ?? 0) + 1 };
  }
  await store(ctx.db, result, isJson ? 'unsigned' : 'verified', active);
  return {
    status: result.unchanged ? 'unchanged' : 'active',
    lastAttemptAt: attempt,
    lastSuccessAt: attempt,
    packId: result.pack.id,
    version: result.pack.version,
    failures: 0,
  };
}

function acceptOptions(ctx: BackgroundContext, previous: PackSourceStatus | undefined, active: Map<string, ActiveVersion>): AcceptOptions {
  return { now: ctx.now(), expectedId: previous?.packId, activeOf: (id) => active.get(id) };
}

/** Stores an accepted new version as the active one (an unchanged one is already stored). */
async function store(
  db: PhiGuardDb,
  result: Extract<AcceptResult, { ok: true }>,
  signature: SignatureStatus,
  active: Map<string, ActiveVersion>,
  url?: string,
): Promise<void> {
  if (result.unchanged) return;
  await savePackVersion(db, { pack: result.pack, source: 'managed', signature, ...(url ? { url } : {}) });
  active.set(result.pack.id, { version: result.pack.version, pack: result.pack });
}

/** What a failed attempt keeps from the last good one: the pack it delivered and the validators of that response. */
function keptFields(previous: PackSourceStatus | undefined): Omit<PackSourceStatus, 'status' | 'lastAttemptAt' | 'failures'> {
  if (!previous) return {};
  const { packId, version, etag, lastModified, lastSuccessAt } = previous;
  return {
    ...(packId !== undefined ? { packId } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(etag !== undefined ? { etag } : {}),
    ...(lastModified !== undefined ? { lastModified } : {}),
    ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
  };
}

function validators(response: Response): Pick<PackSourceStatus, 'etag' | 'lastModified'> {
  const etag = response.headers.get('ETag')?.slice(0, 500);
  const lastModified = response.headers.get('Last-Modified')?.slice(0, 100);
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/**
 * GETs the pack, conditionally when the last accepted response carried validators. The conditional headers
 * need a CORS preflight; a server that refuses it fails the request, which is then sent once without them.
 */
async function fetchPack(url: string, previous: PackSourceStatus | undefined, deps: PackSyncDeps): Promise<Response> {
  const conditional: Record<string, string> = {};
  if (previous?.packId !== undefined && previous.etag) conditional['If-None-Match'] = previous.etag;
  if (previous?.packId !== undefined && previous.lastModified) conditional['If-Modified-Since'] = previous.lastModified;
  const get = (headers: Record<string, string>) =>
    deps.fetch(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  if (!Object.keys(conditional).length) return get({});
  try {
    return await get(conditional);
  } catch {
    return get({});
  }
}

/** The body as text, or undefined when it is longer than `maxChars` (read no further than that). */
async function readCapped(response: Response, maxChars: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxChars) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) {
    const text = await response.text();
    return text.length > maxChars ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > maxChars) {
      await reader.cancel();
      return undefined;
    }
  }
  return text + decoder.decode();
}
