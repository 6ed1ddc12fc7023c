// Browser figures for `npm run bench` (section "browser"): the production build in headless Chromium on the
// fixture pages at the real hostnames (tests/e2e/harness.ts), measured against architecture.md's budgets.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  currentServiceWorker,
  EXTENSION_DIR,
  fixtureEditor,
  launchWithExtension,
  openFixture,
  serveFixtures,
  stopServiceWorker,
  waitForComposer,
  type ExtensionSession,
} from '../../tests/e2e/harness';
import { CHECK_DEBOUNCE_MS } from '../../lib/content/composer-session';
import { WAKE_MARKS } from '../../lib/background/wake-timeline';

interface Row {
  measure: string;
  value: string;
  budget: string;
  ok: boolean;
}

const SITES = [
  { site: 'X (Draft.js)', url: 'https://x.com/home', id: 'x-home' },
  { site: 'Facebook (Lexical)', url: 'https://www.facebook.com/', id: 'fb-comment' },
  { site: 'LinkedIn (TipTap)', url: 'https://www.linkedin.com/feed/', id: 'li-comment' },
];
const DRAFTS = 30;
const COLD_WAKES = 15;
const PACK_WAKES = 7;
// An organisation pack whose rules run on the optional engines; the benchmark draft holds neither match.
const ENGINE_PACK = {
  format: 'phi-guard.pack/1',
  id: 'org.example.bench',
  name: 'Benchmark pack',
  version: 1,
  publishedAt: '2026-01-01T00:00:00Z',
  publisher: { name: 'Example Health' },
  extends: 'phi-guard.baseline',
  rules: [
    {
      id: 'org.bed-numbers', category: 'phi', type: 'location', severity: 'warn', message: 'Bed numbers',
      explanation: 'Example policy 4.3', match: { kind: 'regex', pattern: 'bed [0-9]{1,2}' },
    },
    {
      id: 'org.cure-claims', category: 'policy', type: 'misinformation', severity: 'warn', message: 'Cure claims',
      explanation: 'Example policy 2.1', match: { kind: 'nlp', pattern: '(cures|cured) #Noun' },
    },
  ],
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** The i-th benchmark draft: its text up to the last key, the last key, and the words that key completes. */
function draft(i: number): { prefix: string; lastKey: string; phone: string } {
  const phone = `617-555-01${String(i).padStart(2, '0')}`;
  return { prefix: `Update ${i}: the family can reach the ward on ${phone.slice(0, -1)}`, lastKey: phone.slice(-1), phone };
}

/**
 * Types a draft, then times from the keydown of its last key to the first animation frame in which the
 * completed phone number is underlined (registered with CSS.highlights, painted on that frame).
 */
async function keystrokeToUnderline(page: Page, id: string, i: number): Promise<number> {
  const { prefix, lastKey, phone } = draft(i);
  await fixtureEditor(page, id).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(prefix);
  await page.waitForTimeout(CHECK_DEBOUNCE_MS + 100);
  // The listener is in place before the key is pressed (a loaded machine may run the page late).
  await page.evaluate((words) => {
    (window as unknown as { __underlined: Promise<number> }).__underlined = new Promise<number>((resolve) => {
      let started = 0;
      document.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true });
      const poll = () => {
        for (const [name, highlight] of CSS.highlights) {
          if (name === 'phi-guard-focus') continue;
          for (const range of highlight) {
            if (started && (range as Range).toString() === words) return resolve(performance.now() - started);
          }
        }
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  }, phone);
  await page.keyboard.press(lastKey);
  return page.evaluate(() => (window as unknown as { __underlined: Promise<number> }).__underlined);
}

/** Sends a draft check from an extension page and resolves with the number of findings. */
function coldCheck(page: Page, i: number): Promise<number> {
  const { prefix, lastKey } = draft(i);
  return page.evaluate(async (text) => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const response = (await runtime.sendMessage({
      type: 'check',
      text,
      context: { site: 'www.linkedin.com' },
      draftKey: `bench-cold-wake-${text.length}-${Math.random()}`,
    })) as { findings?: unknown[] } | undefined;
    return response?.findings?.length ?? 0;
  }, prefix + lastKey);
}

/**
 * Starts the stopped extension worker through DevTools (a session on `page`, opened before the timing). The
 * command returns once the start is under way; a message sent then waits for the worker's script and main().
 */
async function workerStarter(page: Page, extensionId: string) {
  const scopeURL = `chrome-extension://${extensionId}/`;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return {
    start: () => cdp.send('ServiceWorker.startWorker', { scopeURL }),
    dispose: () => cdp.detach(),
  };
}

/**
 * Main-thread time spent in the content script while typing `text`: a CPU profile of the page (sampled every
 * 100 µs) with the self time of every frame from our content-script bundle summed up.
 */
async function contentScriptTimeWhileTyping(page: Page, text: string, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(CHECK_DEBOUNCE_MS + 400);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const ours = new Set(
    profile.nodes.filter((n) => n.callFrame.url.startsWith(`chrome-extension://${extensionId}/`)).map((n) => n.id),
  );
  // timeDeltas[i] is the time before sample i; attribute it to the node sampled.
  let micros = 0;
  profile.samples?.forEach((node, i) => {
    if (ours.has(node)) micros += profile.timeDeltas?.[i] ?? 0;
  });
  return micros / 1000;
}

/** Records the longest gap between animation frames until `stop` resolves: how long the page froze. */
async function longestFrameGap(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number; __run: boolean };
    w.__gap = 0;
    w.__last = performance.now();
    w.__run = true;
    const tick = (now: number) => {
      w.__gap = Math.max(w.__gap, now - w.__last);
      w.__last = now;
      if (w.__run) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  return page.evaluate(() => {
    const w = window as unknown as { __gap: number; __run: boolean };
    w.__run = false;
    return w.__gap;
  });
}

export async function benchBrowser(): Promise<{ rows: Row[]; data: unknown }> {
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};

  // Bundle sizes of the production build.
  const gz = (file: string) => gzipSync(readFileSync(path.join(EXTENSION_DIR, file))).length / 1024;
  const contentKb = gz('content-scripts/composer.js');
  const backgroundKb = gz('background.js');
  data.bundles = { contentScriptGzipKb: contentKb, backgroundGzipKb: backgroundKb };
  rows.push({ measure: 'content-script bundle, gzip', value: `${contentKb.toFixed(1)} KB`, budget: '≤ 60 KB', ok: contentKb <= 60 });
  rows.push({ measure: 'background bundle, gzip (no budget; drives cold wake)', value: `${backgroundKb.toFixed(1)} KB`, budget: '—', ok: true });

  const session = await launchWithExtension();
  try {
    await serveFixtures(session.context);
    const perSite: Record<string, unknown> = {};
    for (const { site, url, id } of SITES) {
      const page = await openFixture(session.context, url);
      await waitForComposer(page, id);
      await keystrokeToUnderline(page, id, 99); // warm-up
      const times: number[] = [];
      for (let i = 0; i < DRAFTS; i++) times.push(await keystrokeToUnderline(page, id, i));
      times.sort((a, b) => a - b);
      const p50 = quantile(times, 0.5);
      const p95 = quantile(times, 0.95);
      perSite[site] = { n: times.length, p50, p95, max: times[times.length - 1] };
      rows.push({
        measure: `last keystroke → underline, ${site}, p50 / p95 (${DRAFTS} drafts, ${CHECK_DEBOUNCE_MS} ms debounce incl.)`,
        value: `${ms(p50)} / ${ms(p95)}`,
        budget: 'p95 ≤ 300 ms',
        ok: p95 <= 300,
      });
      await page.close();
    }
    data.keystrokeToUnderline = perSite;

    // Cold wake → first findings, as when a draft's check wakes a stopped worker: the worker is stopped, then
    // started through DevTools and sent a check at once from an extension page, so the message waits for the
    // start and nothing (no warm-up, no debounce) runs before it. Timed from the start command to the response
    // with the draft's phone number found. (In this headless Chromium a DevTools-stopped worker does not
    // restart by itself on a message, so the start is explicit.)
    const { colds, evaluatedAt, engineWarmAt } = await coldWakes(session, COLD_WAKES);
    data.coldWake = { totalMs: colds, modulesEvaluatedAtMs: evaluatedAt, engineWarmAtMs: engineWarmAt };
    rows.push({
      measure: `service worker cold wake → first findings, median / max of ${COLD_WAKES} (start, check sent at once)`,
      value: `${ms(quantile(colds, 0.5))} / ${ms(colds[colds.length - 1]!)}`,
      budget: '≤ 300 ms',
      ok: colds[colds.length - 1]! <= 300,
    });
    rows.push({
      measure: "cold wake, worker's own timeline (median): modules evaluated at / first check done at",
      value: `${ms(quantile(evaluatedAt, 0.5))} / ${ms(quantile(engineWarmAt, 0.5))}`,
      budget: '—',
      ok: true,
    });

    const page = await openFixture(session.context, 'https://www.linkedin.com/feed/');
    await waitForComposer(page, 'li-comment');

    // Main-thread time of our content script per keystroke, its debounced checks and redraws included.
    const text = 'Quiet shift tonight, thanks to Mr. Alvarez on the ward for the help. '.repeat(2);
    await fixtureEditor(page, 'li-comment').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    const ourMs = await contentScriptTimeWhileTyping(page, text, session.extensionId);
    await page.close();
    const perKey = ourMs / text.length;
    data.contentScriptMsPerKeystroke = perKey;
    rows.push({
      measure: `content-script main-thread time per keystroke (${text.length} keys, incl. its checks and redraws)`,
      value: ms(perKey),
      budget: '≤ 1 ms',
      ok: perKey <= 1,
    });

    // A 50,000-character paste into the LinkedIn post composer (Quill) must not freeze the page.
    const paste = await openFixture(session.context, 'https://www.linkedin.com/feed/');
    await paste.getByRole('button', { name: 'Start a post' }).click();
    await waitForComposer(paste, 'li-post');
    await fixtureEditor(paste, 'li-post').click();
    const longest = await longestFrameGap(paste, async () => {
      await paste.evaluate(() => {
        const sentence = 'Mr. Alvarez of Cedar Falls called 617-555-0134 on March 3 about his 92-year-old mother. ';
        const data = new DataTransfer();
        data.setData('text/plain', sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000));
        document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await paste.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 100), null, { timeout: 30_000 });
      await paste.waitForTimeout(300);
    });
    data.paste50kLongestFrameGapMs = longest;
    rows.push({
      measure: '50,000-character paste into Quill: longest frame gap (editor + PHI Guard)',
      value: ms(longest),
      budget: 'no freeze',
      ok: longest < 1000,
    });
    await paste.close();

    // Last, as it changes the active policy: the same wakes with an organisation pack whose regex and nlp
    // rules need the engines the worker imports on demand (lib/background/engine-scripts.ts). The first answer
    // comes without those rules, marked incomplete; the content script checks again once they have loaded.
    await importPack(session, ENGINE_PACK);
    const withEngines = await coldWakes(session, PACK_WAKES);
    data.coldWakeWithEnginePack = { totalMs: withEngines.colds };
    rows.push({
      measure: `cold wake → first findings with a pack using regex and nlp rules (theirs follow), median / max of ${PACK_WAKES}`,
      value: `${ms(quantile(withEngines.colds, 0.5))} / ${ms(withEngines.colds[withEngines.colds.length - 1]!)}`,
      budget: '≤ 300 ms',
      ok: withEngines.colds[withEngines.colds.length - 1]! <= 300,
    });
  } finally {
    await session.close();
  }
  return { rows, data };
}

/**
 * `count` cold wakes: the worker is stopped (untimed), started through DevTools and sent a check at once;
 * each is timed from the start command to the response with the draft's phone number found, and the
 * worker's own marks (lib/background/wake-timeline.ts) say where the time went. Each list comes sorted.
 */
async function coldWakes(session: ExtensionSession, count: number) {
  const colds: number[] = [];
  const evaluatedAt: number[] = [];
  const engineWarmAt: number[] = [];
  const wakePage = await session.context.newPage();
  await wakePage.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await coldCheck(wakePage, 99); // the database and the popup are set up
  const starter = await workerStarter(wakePage, session.extensionId);
  for (let i = 0; i < count; i++) {
    await stopServiceWorker(session.context);
    const started = performance.now();
    await starter.start();
    const findings = await coldCheck(wakePage, i);
    colds.push(performance.now() - started);
    if (findings < 1) throw new Error('the check after a wake found nothing');
    const worker = await currentServiceWorker(session.context);
    const marks = await worker.evaluate((names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN), [
      WAKE_MARKS.modulesEvaluated,
      WAKE_MARKS.engineWarm,
    ]);
    evaluatedAt.push(marks[0]!);
    engineWarmAt.push(marks[1]!);
    await wakePage.waitForTimeout(1000);
  }
  await starter.dispose();
  await wakePage.close();
  for (const list of [colds, evaluatedAt, engineWarmAt]) list.sort((a, b) => a - b);
  return { colds, evaluatedAt, engineWarmAt };
}

/** Imports a pack file on the options page, as an administrator without enterprise policy does. */
async function importPack(session: ExtensionSession, pack: object): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const body = Buffer.from(JSON.stringify(pack));
  await options.getByTestId('import-pack').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: body });
  await options.getByTestId(`pack-row-${(pack as { id: string }).id}`).waitFor();
  await options.close();
}
