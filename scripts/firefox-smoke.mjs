// Smoke test of the built Firefox package in Firefox itself (`npm run smoke:firefox`): starts Firefox
// headless, installs .output/firefox-mv3 as a temporary add-on over WebDriver BiDi (Firefox's built-in
// remote protocol; Playwright cannot drive a stock Firefox), serves the X fixture page at https://x.com
// through BiDi network interception, types a draft with real key events, waits until PHI Guard underlines
// the phone number in it, then applies the card's fix and checks the editor's text. The fix goes through a
// synthetic paste, which only carries its text in Firefox when built in the page's world (the paste relay):
// the page's own paste listener must see the replacement, and the editor must end up with the fixed text.
// Then it types a second draft that only the rules of an organisation pack catch: a regex rule and an nlp
// rule, whose engines Firefox's background page loads from scripts of their own (lib/background/
// engine-scripts.ts). The pack comes, as in an organisation, from enterprise policy: a policies.json in
// Firefox's distribution folder, written for this run and removed after it (so the script must be able to
// write there, as in CI). Nothing reaches the network: every other http(s) request gets a 404.
//
// FIREFOX_PATH overrides the binary (default /usr/bin/firefox-esr, Debian's package). Exit 0 on success.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { ensureFixturesBuilt, FIXTURES_DIST } from '../tests/fixtures/build.mjs';

const EXTENSION_DIR = fileURLToPath(new URL('../.output/firefox-mv3/', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PORT = 9200 + Math.floor(Math.random() * 700);
// Generous: the whole run takes about 10 s, but a loaded CI machine (or the web-ext lint beside it in
// tests/e2e/firefox-smoke.test.ts) can double that; the limit only guards against a hang.
const TIMEOUT_MS = 60_000;
const DRAFT = 'Quick update from ward rounds: call her daughter on 412-555-0178 tonight.';
const EXPECTED = '412-555-0178';
const REPLACEMENT = '[phone removed]';
/** Our overlay's shadow host (entrypoints/composer.content), and an element inside its shadow root. */
const inOverlay = (selector) => `document.querySelector('phi-guard-ui')?.shadowRoot?.querySelector('${selector}')`;
const EDITOR = '[data-fixture-composer="x-home"] [contenteditable="true"]';
const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
// The organisation pack, given inline in the add-on's enterprise policy (storage.managed, `inlinePack`).
const ENGINE_DRAFT = 'Night report: bed 14 slept well, and no juice ever cured cancer.';
const ENGINE_SPANS = ['bed 14', 'cured cancer'];
const ENGINE_PACK = {
  format: 'phi-guard.pack/1',
  id: 'org.example.firefox-smoke',
  name: 'Firefox smoke pack',
  version: 1,
  publishedAt: '2026-01-01T00:00:00Z',
  publisher: { name: 'Example Health' },
  extends: 'phi-guard.baseline',
  rules: [
    {
      id: 'org.bed-numbers', category: 'phi', type: 'location', severity: 'warn', message: 'Bed numbers point at one patient',
      explanation: 'Example policy 4.3', match: { kind: 'regex', pattern: 'bed [0-9]{1,2}' },
    },
    {
      id: 'org.cure-claims', category: 'policy', type: 'misinformation', severity: 'warn', message: 'Cure claims need a source',
      explanation: 'Example policy 2.1', match: { kind: 'nlp', pattern: '(cures|cured) #Noun' },
    },
  ],
};
const POLICIES_FILE = join(dirname(realpathSync(FIREFOX)), 'distribution', 'policies.json');

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  fail(`no Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first`);
}
if (!existsSync(FIREFOX)) fail(`no Firefox at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
await ensureFixturesBuilt();
if (existsSync(POLICIES_FILE)) fail(`${POLICIES_FILE} exists already; this test will not replace a real enterprise policy`);
const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const addonId = manifest.browser_specific_settings.gecko.id;
try {
  await mkdir(dirname(POLICIES_FILE), { recursive: true });
  await writeFile(POLICIES_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId]: { inlinePack: JSON.stringify(ENGINE_PACK) } } } } }));
} catch (error) {
  fail(`cannot write ${POLICIES_FILE} (${error.code ?? error.message}): run as a user who may write there, as CI does`);
}

const profile = await mkdtemp(join(tmpdir(), 'phi-guard-firefox-'));
const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(PORT)], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
// Firefox must not outlive this script, also when it is interrupted (Ctrl-C, a CI timeout).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(new Error(`interrupted (${signal})`)));
let step = 'starting Firefox';
const deadline = setTimeout(() => finish(new Error(`timed out after ${TIMEOUT_MS / 1000} s while ${step}`)), TIMEOUT_MS);

try {
  const bidi = await connect();
  const { result: session } = await bidi.send('session.new', { capabilities: {} });
  const { result: installed } = await bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: EXTENSION_DIR },
  });
  console.log(`Firefox ${session.capabilities.browserVersion}: installed ${installed.extension} (temporary add-on)`);

  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [{ type: 'pattern', protocol: 'https' }, { type: 'pattern', protocol: 'http' }],
  });
  bidi.on('network.beforeRequestSent', (params) => {
    if (params.isBlocked) serveFixture(bidi, params.request).catch(finish);
  });

  step = 'opening https://x.com/home';
  const { result: tree } = await bidi.send('browsingContext.getTree', {});
  const context = tree.contexts[0].context;
  await bidi.send('browsingContext.navigate', { context, url: 'https://x.com/home', wait: 'complete' });
  await waitFor(bidi, context, `window.__fixture?.composers().includes('x-home')`);
  step = 'focusing the composer';
  // A real click (element.focus() alone leaves the headless window without a keyboard target).
  await click(bidi, context, `document.querySelector('${EDITOR}')`);
  await waitFor(bidi, context, `document.activeElement === document.querySelector('${EDITOR}')`);
  step = 'typing the draft';
  await typeKeys(bidi, context, [...DRAFT]);
  // Only the number matters here: Draft.js under Firefox's synthetic keys puts the first character last
  // (with or without the extension installed).
  await waitFor(bidi, context, `window.__fixture.getText('x-home').includes(${JSON.stringify(EXPECTED)})`);
  step = 'waiting for the underline';
  await waitFor(
    bidi,
    context,
    `[...CSS.highlights].some(([name, h]) => name !== 'phi-guard-focus' && [...h].some((r) => r.toString() === ${JSON.stringify(EXPECTED)}))`,
  );
  console.log(`PHI Guard underlined "${EXPECTED}" in the X fixture composer in Firefox.`);

  step = 'applying the fix';
  const typed = (await evaluate(bidi, context, `window.__fixture.getText('x-home')`)).value;
  await evaluate(
    bidi,
    context,
    `window.__pastes = []; document.addEventListener('paste', (e) => window.__pastes.push(e.clipboardData?.getData('text/plain') ?? ''), true)`,
  );
  await click(bidi, context, inOverlay('[data-testid="phi-guard-badge"]'));
  await waitFor(bidi, context, `${inOverlay('[data-testid="phi-guard-card"] [data-testid="phi-guard-fix"]')}`);
  await click(bidi, context, inOverlay('[data-testid="phi-guard-card"] [data-testid="phi-guard-fix"]'));
  const fixed = typed.replace(EXPECTED, REPLACEMENT);
  step = `waiting for the editor's text to become ${JSON.stringify(fixed)}`;
  // PHI Guard verifies its edit within a few event-loop turns; by then the text is final either way.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const text = (await evaluate(bidi, context, `window.__fixture.getText('x-home')`)).value;
  const pastes = (await evaluate(bidi, context, `JSON.stringify(window.__pastes)`)).value;
  if (text !== fixed) throw new Error(`the editor holds ${JSON.stringify(text)}, not ${JSON.stringify(fixed)} (pastes: ${pastes})`);
  if (!JSON.parse(pastes).includes(REPLACEMENT)) throw new Error(`the page saw no paste carrying the fix (pastes: ${pastes})`);
  // Which way of writing ended up in the editor is not asserted: this headless Firefox leaves Draft.js's own
  // selection behind the DOM's (see the typing note above), so the paste may land at the stale caret and be
  // taken back before typing the fix in.
  console.log(`The page received the fix's paste with its text; the editor now reads "${REPLACEMENT}" in place of the number.`);

  step = "typing a draft for the organisation pack's regex and nlp rules";
  await click(bidi, context, `document.querySelector('${EDITOR}')`);
  const selectAllAndDelete = [
    { type: 'keyDown', value: '\uE009' }, { type: 'keyDown', value: 'a' }, { type: 'keyUp', value: 'a' }, { type: 'keyUp', value: '\uE009' },
    { type: 'keyDown', value: '\uE003' }, { type: 'keyUp', value: '\uE003' },
  ];
  await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: selectAllAndDelete }] });
  await waitFor(bidi, context, `window.__fixture.getText('x-home').trim() === ''`);
  await typeKeys(bidi, context, [...ENGINE_DRAFT]);
  step = `waiting for underlines on ${ENGINE_SPANS.join(' and ')}`;
  await waitFor(
    bidi,
    context,
    `${JSON.stringify(ENGINE_SPANS)}.every((span) => [...CSS.highlights].some(([name, h]) => name !== 'phi-guard-focus' && [...h].some((r) => r.toString() === span)))`,
  );
  console.log(`The organisation pack's regex and nlp rules underlined ${ENGINE_SPANS.map((span) => `"${span}"`).join(' and ')}: the background loaded both engines.`);
  finish();
} catch (error) {
  finish(error);
}

async function serveFixture(bidi, request) {
  const url = new URL(request.url);
  const known = url.protocol === 'https:' && (url.hostname === 'x.com' || url.hostname === 'twitter.com');
  const name = url.pathname.startsWith('/__fixture/') ? basename(url.pathname) : 'x.html';
  const body = known ? await readFile(join(FIXTURES_DIST, name)).catch(() => null) : null;
  await bidi.send('network.provideResponse', {
    request: request.request,
    statusCode: body ? 200 : 404,
    reasonPhrase: body ? 'OK' : 'Not Found',
    headers: [
      { name: 'Content-Type', value: { type: 'string', value: CONTENT_TYPES[extname(name)] ?? 'text/plain' } },
    ],
    body: { type: 'base64', value: (body ?? Buffer.from('not served in this test')).toString('base64') },
  });
}

/** A real pointer click on the element the expression evaluates to (in the page or our open shadow root). */
async function click(bidi, context, expression) {
  const element = await evaluate(bidi, context, expression);
  if (!element.sharedId) throw new Error(`${expression}: no element`);
  const actions = [
    { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
    { type: 'pointerDown', button: 0 },
    { type: 'pointerUp', button: 0 },
  ];
  await bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', actions }] });
}

async function typeKeys(bidi, context, characters) {
  const actions = characters.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
}

async function evaluate(bidi, context, expression) {
  const { result } = await bidi.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`${expression}: ${result.exceptionDetails.text}`);
  return result.result;
}

async function waitFor(bidi, context, expression) {
  for (;;) {
    const value = await evaluate(bidi, context, `(() => { try { return Boolean(${expression}); } catch { return false; } })()`);
    if (value.value === true) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for Firefox's BiDi endpoint and returns a minimal command/event client for it. */
async function connect() {
  let stderr = '';
  await new Promise((resolve, reject) => {
    firefox.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes('WebDriver BiDi listening')) resolve();
    });
    firefox.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before listening:\n${stderr}`)));
  });
  const socket = new WebSocket(`ws://127.0.0.1:${PORT}/session`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map();
  const listeners = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'event') listeners.get(message.method)?.(message.params);
    else if (pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') reject(new Error(`${message.error}: ${message.message}`));
      else resolve(message);
    }
  });
  return {
    send: (method, params) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    on: (method, listener) => listeners.set(method, listener),
    close: () => socket.close(),
  };
}

function finish(error) {
  clearTimeout(deadline);
  firefox.kill();
  Promise.all([rm(profile, { recursive: true, force: true }), rm(POLICIES_FILE, { force: true })]).finally(() => {
    if (error) fail(error instanceof Error ? error.message : String(error));
    process.exit(0);
  });
}

function fail(message) {
  console.error(`Firefox smoke test failed: ${message}`);
  process.exit(1);
}
