// End-to-end harness: the production build of the extension in headless Chromium, with the fixture pages
// (tests/fixtures) served at the sites' real hostnames so the content scripts match exactly as in the field.
// Nothing here reaches the network: every request that is not a fixture or the extension gets a 404.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Locator, type Page, type Request, type Worker } from 'playwright-core';
import { ensureFixturesBuilt, FIXTURES_DIST } from '../fixtures/build.mjs';
import type { EditorKind, Submission } from '../fixtures/shared/fixture-api';
import { GENERIC_SITES } from '../fixtures/generic/sites';

export type { EditorKind, Submission };

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

export type FixtureSite = 'x' | 'facebook' | 'linkedin' | 'generic';

/**
 * Which fixture page answers for each host (every path of a host gets the same page; it routes itself). The
 * generic page serves the nine sites of the generic adapter and picks its composer by hostname.
 */
export const FIXTURE_HOSTS: Readonly<Record<string, FixtureSite>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
  ...Object.fromEntries(GENERIC_SITES.map((site) => [site.host, 'generic' as const])),
};

export interface ExtensionSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Defaults to the production build at .output/chrome-mv3. */
  extensionPath?: string;
  /** Extra Chromium switches. */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  // PHI_GUARD_EXTENSION_DIR: a copy of the build, for a run that must not see another build rewrite .output.
  const extensionPath = options.extensionPath ?? process.env.PHI_GUARD_EXTENSION_DIR ?? EXTENSION_DIR;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionPath}: run \`npx wxt build\` first`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'phi-guard-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const serviceWorker = await currentServiceWorker(context);
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every row of one store of the extension's IndexedDB (`phi-guard`), read inside its service worker. */
export function readExtensionStore<Row>(worker: Worker, store: string): Promise<Row[]> {
  return worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('phi-guard');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      return await new Promise<unknown[]>((done, fail) => {
        const read = db.transaction(name).objectStore(name).getAll();
        read.onsuccess = () => done(read.result);
        read.onerror = () => fail(read.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<Row[]>;
}

/** The extension's running service worker, waiting for it to start if it is not running yet. */
export async function currentServiceWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 });
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const assetCache = new Map<string, Promise<Buffer>>();

function fixtureAsset(name: string): Promise<Buffer> {
  let asset = assetCache.get(name);
  if (!asset) {
    asset = readFile(join(FIXTURES_DIST, name));
    assetCache.set(name, asset);
  }
  return asset;
}

/**
 * Serves the fixture pages at https://x.com, https://twitter.com, https://www.facebook.com,
 * https://www.linkedin.com and the generic sites' hosts (any path: the page routes itself; assets under
 * /__fixture/) and answers every other http(s) request with 404. Builds the fixtures first if they are
 * missing or stale. Routes a test registers afterwards take precedence over these (Playwright runs the
 * newest matching route first).
 */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  await ensureFixturesBuilt();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    const site = url.protocol === 'https:' ? FIXTURE_HOSTS[url.hostname] : undefined;
    if (!site) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
    const name = url.pathname.startsWith('/__fixture/') ? basename(url.pathname) : `${site}.html`;
    try {
      const body = await fixtureAsset(name);
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream', body });
    } catch {
      return route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture asset ${name}` });
    }
  });
}

/** Opens a fixture URL (e.g. https://x.com/home) in a new tab and waits until its page script is running. */
export async function openFixture(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

/** Waits until the composer `id` is mounted (composers can mount late, after a click or a navigation). */
export async function waitForComposer(page: Page, id: string): Promise<void> {
  await page.waitForFunction((composerId) => window.__fixture?.composers().includes(composerId), id);
}

/** The focusable contenteditable of composer `id`. */
export function fixtureEditor(page: Page, id: string): Locator {
  return page.locator(`[data-fixture-composer="${id}"] [contenteditable="true"]`);
}

/** The site's submit button for composer `id` (the Enter-submitting Facebook comment boxes have none). */
export function fixtureSubmit(page: Page, id: string): Locator {
  return page.locator(`[data-fixture-submit="${id}"]`);
}

/** The text of composer `id` as its editor's model holds it (blocks joined by '\n'). */
export function fixtureText(page: Page, id: string): Promise<string> {
  return page.evaluate((composerId) => window.__fixture.getText(composerId), id);
}

export function fixtureSubmitEnabled(page: Page, id: string): Promise<boolean> {
  return page.evaluate((composerId) => window.__fixture.isSubmitEnabled(composerId), id);
}

/** The count the site's counter shows for composer `id` (X: weighted length), null where there is none. */
export function fixtureCount(page: Page, id: string): Promise<number | null> {
  return page.evaluate((composerId) => window.__fixture.count(composerId), id);
}

export function fixtureSubmissions(page: Page): Promise<Submission[]> {
  return page.evaluate(() => window.__fixture.submissions());
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  postData: string | null;
  fromServiceWorker: boolean;
}

export interface RequestRecorder {
  /** Every request seen so far (pages, frames, workers and the extension's service worker). */
  readonly requests: readonly RecordedRequest[];
  /** Requests whose URL (raw or decoded), headers or body contain `text`. */
  mentioning(text: string): RecordedRequest[];
  stop(): void;
}

/** Records every request the context makes, with its body, to prove what does (not) leave the browser. */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const requests: RecordedRequest[] = [];
  const onRequest = (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      postData: request.postData(),
      fromServiceWorker: request.serviceWorker() !== null,
    });
  };
  context.on('request', onRequest);
  return {
    requests,
    mentioning: (text) =>
      requests.filter((r) =>
        [r.url, safeDecode(r.url), r.postData ?? '', ...Object.values(r.headers)].some((part) => part.includes(text)),
      ),
    stop: () => context.off('request', onRequest),
  };
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Stops the extension's service worker the way Chromium stops an idle one (its DevTools target is closed)
 * and resolves once it has stopped. It stays stopped until an extension event (a content script's
 * message, an alarm) wakes it; the same `Worker` object then evaluates in the fresh global.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const worker = await currentServiceWorker(context);
  const status = await watchWorkerStatus(context, extensionBase(worker));
  try {
    const cdp = await browserSession(context);
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === worker.url());
      if (!target) throw new Error(`no DevTools target for ${worker.url()}`);
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
    } finally {
      await cdp.detach();
    }
    await status.reached('stopped');
  } finally {
    await status.dispose();
  }
}

/**
 * Stops the extension's service worker, starts it again and resolves with it running. Playwright keeps
 * the same `Worker` object across the restart (the DevTools target survives), but its global is new.
 */
export async function restartServiceWorker(context: BrowserContext): Promise<Worker> {
  const worker = await currentServiceWorker(context);
  const base = extensionBase(worker);
  await stopServiceWorker(context);
  const status = await watchWorkerStatus(context, base);
  try {
    await status.start(base);
    await status.reached('running');
  } finally {
    await status.dispose();
  }
  return currentServiceWorker(context);
}

/** `chrome-extension://<id>/`: the worker's scope (URL.origin is "null" for this scheme). */
function extensionBase(worker: Worker): string {
  return new URL('/', worker.url()).href;
}

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level DevTools session for this context');
  return browser.newBrowserCDPSession();
}

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Follows the extension worker's running status through the DevTools ServiceWorker domain, which only
 * page sessions offer: it opens a blank tab of its own for that and closes it on dispose().
 */
async function watchWorkerStatus(context: BrowserContext, base: string) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  let current: RunningStatus | undefined;
  const listeners = new Set<() => void>();
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(base)) current = version.runningStatus;
    }
    for (const listener of listeners) listener();
  });
  await session.send('ServiceWorker.enable');
  return {
    start: (scopeURL: string) => session.send('ServiceWorker.startWorker', { scopeURL }),
    reached: (wanted: RunningStatus, timeoutMs = 15_000) =>
      new Promise<void>((done, fail) => {
        const check = () => {
          if (current !== wanted) return;
          clearTimeout(timer);
          listeners.delete(check);
          done();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          fail(new Error(`service worker did not reach "${wanted}" in ${timeoutMs} ms (last: ${current ?? 'unknown'})`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    dispose: async () => {
      await session.detach().catch(() => undefined);
      await page.close();
    },
  };
}
