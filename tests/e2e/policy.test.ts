// Enterprise policy end to end: a Chromium managed-policy file names the organisation's pack URL, its trusted
// signing key, the lock and an audit endpoint. The production build fetches the signed pack (served with
// context.route at https://policy.example.org), verifies it and checks drafts with it; a new version takes
// over on the next sync; a bad signature, an older version, garbage and a server error are each refused with
// their reason while the last good version keeps working; the lock refuses switching a site off; and audit
// entries reach a local OTLP/HTTP receiver without draft text, nothing lost or duplicated across an outage.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CDPSession, Page, Route, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys, signPack, type SigningKeys } from '../../lib/policy/signature';
import { makeTestPack } from '../../lib/policy/test-pack';
import {
  EXTENSION_DIR,
  launchWithExtension,
  openFixture,
  readExtensionStore,
  recordRequests,
  restartServiceWorker,
  serveFixtures,
  type ExtensionSession,
  type RequestRecorder,
} from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'phi-guard-test.json');
const PACK_URL = 'https://policy.example.org/packs/social.jws';
const SYNC_ALARM = 'phi-guard.pack-sync';
const EXPORT_ALARM = 'phi-guard.audit-export';
// Made up for this test; the draft words must never leave the browser.
const DRAFT = 'Quiet night shift on Heron Ward, bed 14 slept through, thanks to the whole team. No juice ever cured cancer';

/** The id Chromium gives an extension with this manifest `key`: SHA-256 of the key, first 128 bits, a–p digits. */
function extensionIdFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function wardPack(version: number) {
  return makeTestPack({
    version,
    rules: [
      {
        id: 'org.ward-names',
        category: 'phi',
        type: 'location',
        severity: 'block',
        message: `Ward names stay inside the hospital (pack v${version})`,
        explanation: 'Example Health privacy policy 4.2',
        match: { kind: 'terms', terms: ['Heron Ward'] },
      },
      // Rules on the optional engines, which the worker loads from scripts of their own (engine-scripts.ts).
      {
        id: 'org.bed-numbers',
        category: 'phi',
        type: 'location',
        severity: 'warn',
        message: 'Bed numbers point at one patient',
        explanation: 'Example Health privacy policy 4.3',
        match: { kind: 'regex', pattern: 'bed [0-9]{1,2}' },
      },
      {
        id: 'org.cure-claims',
        category: 'policy',
        type: 'misinformation',
        severity: 'warn',
        message: 'Cure claims need a source',
        explanation: 'Example Health social media policy 2.1',
        match: { kind: 'nlp', pattern: '(cures|cured) #Noun' },
      },
    ],
  });
}

async function signed(version: number, keys: SigningKeys): Promise<string> {
  return signPack(new TextEncoder().encode(JSON.stringify(wardPack(version))), keys.privateJwk);
}

// ---- the organisation's pack server (context.route) ----

interface Served {
  status: number;
  body: string;
  etag?: string;
}
let served: Served = { status: 404, body: '' };
const packRequests: { ifNoneMatch?: string }[] = [];

async function answerPack(route: Route): Promise<void> {
  const ifNoneMatch = route.request().headers()['if-none-match'];
  packRequests.push(ifNoneMatch ? { ifNoneMatch } : {});
  // Signed packs are public: any origin may read them; the conditional request needs ETag exposed.
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };
  if (served.etag && ifNoneMatch === served.etag) return route.fulfill({ status: 304, headers: { ...cors, ETag: served.etag } });
  return route.fulfill({
    status: served.status,
    headers: { ...cors, 'Content-Type': 'application/jose', ...(served.etag ? { ETag: served.etag } : {}) },
    body: served.body,
  });
}

// ---- the organisation's OTLP/HTTP receiver (node:http on 127.0.0.1) ----

const received: string[] = [];
let receiver: Server;
let receiverPort = 0;

function startReceiver(port: number): Promise<void> {
  receiver = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  return new Promise((done) => receiver.listen(port, '127.0.0.1', () => {
    receiverPort = (receiver.address() as AddressInfo).port;
    done();
  }));
}

function stopReceiver(): Promise<void> {
  return new Promise((done) => {
    receiver.close(() => done());
    receiver.closeAllConnections();
  });
}

interface LogRecord {
  timeUnixNano: string;
  body: { stringValue: string };
  attributes: { key: string; value: Record<string, unknown> }[];
}

function receivedRecords(): LogRecord[] {
  return received.flatMap((body) => {
    const request = JSON.parse(body) as { resourceLogs: { scopeLogs: { logRecords: LogRecord[] }[] }[] };
    return request.resourceLogs.flatMap((r) => r.scopeLogs.flatMap((s) => s.logRecords));
  });
}

function seqOf(record: LogRecord): number {
  const attribute = record.attributes.find((a) => a.key === 'phi_guard.audit.seq');
  return Number(attribute?.value.stringValue);
}

// ---- the extension ----

/** The worker's own `chrome.alarms`, which functions passed to `worker.evaluate` run against. */
declare const chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } };

/** Fires one of the background's alarms now, as Chromium does when it is due. */
function fireAlarm(name: string): Promise<void> {
  return worker.evaluate((alarm) => chrome.alarms.create(alarm, { when: Date.now() }), name);
}

let keys: SigningKeys;
let stranger: SigningKeys;
let session: ExtensionSession;
let worker: Worker;
let page: Page;
let contentScript: CDPSession;
let contentScriptContext = 0;
let requests: RequestRecorder;

/** Reads one row of the extension's settings table straight from IndexedDB. */
async function settingsRow<T>(key: string): Promise<T | undefined> {
  const rows = await readExtensionStore<{ key: string; value?: T }>(worker, 'settings');
  return rows.find((row) => row.key === key)?.value;
}

async function auditSeqs(): Promise<number[]> {
  return (await readExtensionStore<{ seq: number }>(worker, 'audit')).map((row) => row.seq);
}

interface SourceStatus {
  status: string;
  reason?: string;
  lastAttemptAt: number;
  version?: number;
}

async function sourceStatus(): Promise<SourceStatus | undefined> {
  const state = await settingsRow<{ sources: Record<string, SourceStatus> }>('packSync');
  return state?.sources[PACK_URL];
}

/** Fires the sync alarm now and waits for the sync it starts to record its outcome. */
async function syncNow(): Promise<SourceStatus> {
  const before = (await sourceStatus())?.lastAttemptAt ?? 0;
  await fireAlarm(SYNC_ALARM);
  await expect.poll(async () => (await sourceStatus())?.lastAttemptAt ?? 0, { timeout: 15_000 }).toBeGreaterThan(before);
  return (await sourceStatus())!;
}

/** Sends a message to the background as the content script does, from its isolated world. */
async function sendAsContentScript(message: unknown): Promise<Record<string, unknown>> {
  const { result, exceptionDetails } = await contentScript.send('Runtime.evaluate', {
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    contextId: contentScriptContext,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as Record<string, unknown>;
}

let draftCount = 0;
/**
 * Checks the draft as a new draft each time, so each check logs its findings. `complete`: as the pre-submit
 * guard asks, waiting for a pack engine a woken worker is still loading.
 */
async function draftFindings(complete = false): Promise<{ ruleId: string; message: string; start: number; end: number }[]> {
  draftCount += 1;
  const answer = await sendAsContentScript({
    type: 'check',
    text: DRAFT,
    context: { site: 'x', surface: 'post' },
    draftKey: `e2e:${draftCount}`,
    ...(complete ? { complete } : {}),
  });
  return answer.findings as { ruleId: string; message: string; start: number; end: number }[];
}

/** The ward rule's message on the draft. */
async function wardFinding(): Promise<string | undefined> {
  return (await draftFindings()).find((f) => f.ruleId === 'org.ward-names')?.message;
}

/** What the pack's regex and nlp rules flag in the draft. */
async function optionalEngineFindings(complete = false): Promise<string[]> {
  return (await draftFindings(complete))
    .filter((f) => f.ruleId === 'org.bed-numbers' || f.ruleId === 'org.cure-claims')
    .map((f) => `${f.ruleId}: ${DRAFT.slice(f.start, f.end)}`);
}

beforeAll(async () => {
  [keys, stranger] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
  await startReceiver(0);
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key: string };
  const policy = {
    packUrls: [PACK_URL],
    trustedKeys: keys.publicJwks,
    refreshIntervalMinutes: 60,
    lock: true,
    auditEndpoint: `http://127.0.0.1:${receiverPort}/v1/logs`,
  };
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionIdFromKey(manifest.key)]: policy } } }));

  served = { status: 200, body: await signed(1, keys) };
  session = await launchWithExtension();
  worker = session.serviceWorker;
  requests = recordRequests(session.context);
  await serveFixtures(session.context);
  await session.context.route('https://policy.example.org/**', answerPack);
  await session.context.route(`http://127.0.0.1:${receiverPort}/**`, (route) => route.continue());

  page = await openFixture(session.context, 'https://x.com/home');
  contentScript = await session.context.newCDPSession(page);
  contentScript.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) contentScriptContext = context.id;
  });
  await contentScript.send('Runtime.enable');
  for (let waited = 0; !contentScriptContext; waited += 100) {
    if (waited > 10_000) throw new Error('the content script did not start on the fixture page');
    await new Promise((done) => setTimeout(done, 100));
  }
});

afterAll(async () => {
  await rm(POLICY_FILE, { force: true });
  await session?.close();
  if (receiver?.listening) await stopReceiver();
});

describe('signed packs from enterprise policy', () => {
  it('runs under the pinned id the policy file names', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key: string };
    expect(session.extensionId).toBe(extensionIdFromKey(manifest.key));
  });

  it('fetches, verifies and activates the signed pack', async () => {
    // The first sync ran at start-up, possibly before the pack server was routed; this one is certain.
    const status = await syncNow();
    expect(status).toMatchObject({ status: expect.stringMatching(/^(active|unchanged)$/), version: 1 });
    expect(await wardFinding()).toBe('Ward names stay inside the hospital (pack v1)');
  });

  it('takes a new version on the next sync, then asks conditionally and keeps it on 304', async () => {
    served = { status: 200, body: await signed(2, keys), etag: '"pack-v2"' };
    expect(await syncNow()).toMatchObject({ status: 'active', version: 2 });
    expect(await wardFinding()).toBe('Ward names stay inside the hospital (pack v2)');

    expect(await syncNow()).toMatchObject({ status: 'unchanged', version: 2 });
    expect(packRequests.at(-1)).toEqual({ ifNoneMatch: '"pack-v2"' });
  });

  it('refuses a bad signature, an older version, garbage and a server error, each with its reason, keeping v2', async () => {
    const cases: [Served, Partial<SourceStatus>][] = [
      [
        { status: 200, body: await signed(3, stranger) },
        { status: 'refused', reason: `signature refused: key id ${stranger.kid} is not among the trusted keys` },
      ],
      [
        { status: 200, body: await signed(1, keys) },
        { status: 'refused', reason: 'version 1 is older than the active version 2; rollback refused' },
      ],
      [
        { status: 200, body: '<html>maintenance</html>' },
        { status: 'refused', reason: 'signature refused: not a compact JWS (three base64url parts separated by ".")' },
      ],
      [{ status: 500, body: 'internal error' }, { status: 'failed', reason: 'the server answered HTTP 500' }],
    ];
    for (const [response, expected] of cases) {
      served = response;
      expect(await syncNow()).toMatchObject({ ...expected, version: 2 });
      expect(await wardFinding()).toBe('Ward names stay inside the hospital (pack v2)');
    }
  });

  it("runs the pack's regex and nlp rules, also on a worker woken after a stop", async () => {
    const expected = ['org.bed-numbers: bed 14', 'org.cure-claims: cured cancer'];
    expect(await optionalEngineFindings()).toEqual(expected);
    // A woken worker parses no engine it does not need; this one needs both and loads them from its store,
    // after the first check has answered (that answer says it is incomplete; the content script checks again).
    worker = await restartServiceWorker(session.context);
    expect(await optionalEngineFindings(true)).toEqual(expected);
    worker = await restartServiceWorker(session.context);
    await expect.poll(() => optionalEngineFindings(), { timeout: 5_000 }).toEqual(expected);
  });

  it('under lock, refuses switching a site off', async () => {
    const answer = await sendAsContentScript({ type: 'setSiteEnabled', site: 'x', enabled: false });
    expect(answer).toMatchObject({ ok: false, error: { message: 'Managed by your organisation: checking cannot be switched off on x.' } });
    expect(await wardFinding()).toBe('Ward names stay inside the hospital (pack v2)');
  });
});

describe('audit export to an OTLP/HTTP endpoint', () => {
  it('delivers every audit entry as OTLP JSON log records without draft text', async () => {
    const seqs = await auditSeqs();
    expect(seqs.length).toBeGreaterThan(0);
    await fireAlarm(EXPORT_ALARM);
    await expect.poll(() => receivedRecords().map(seqOf).sort((a, b) => a - b), { timeout: 20_000 }).toEqual(seqs);

    const record = receivedRecords()[0]!;
    expect(record.timeUnixNano).toMatch(/^\d{16,}$/);
    for (const attribute of record.attributes) expect(Object.keys(attribute.value)).toEqual(['stringValue']);
    expect(record.attributes).toContainEqual({ key: 'phi_guard.rule.id', value: { stringValue: 'org.ward-names' } });
    for (const body of received) {
      expect(body).not.toContain('Heron');
      expect(body).not.toContain('night shift');
    }
  });

  it('keeps entries through an outage and delivers each exactly once when the endpoint is back', async () => {
    await stopReceiver();
    const before = received.length;
    expect(await wardFinding()).toBeDefined();
    expect(await wardFinding()).toBeDefined();
    await expect.poll(async () => (await settingsRow<{ failures: number }>('auditExport'))?.failures ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(received.length).toBe(before);

    await startReceiver(receiverPort);
    await fireAlarm(EXPORT_ALARM);
    const seqs = await auditSeqs();
    await expect.poll(() => receivedRecords().length, { timeout: 20_000 }).toBe(seqs.length);
    const delivered = receivedRecords().map(seqOf);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect([...delivered].sort((a, b) => a - b)).toEqual(seqs);
    expect(await settingsRow('auditExport')).toMatchObject({ failures: 0, dropped: 0 });
  });

  it('never sends the draft anywhere', () => {
    expect(requests.mentioning('Heron Ward')).toEqual([]);
  });
});
