// Smoke test of the built Firefox package in Firefox itself (`npm run smoke:firefox`): starts Firefox
// headless, installs .output/firefox-mv3 as a temporary add-on over WebDriver BiDi (Firefox's built-in
// remote protocol; Playwright cannot drive a stock Firefox), serves the X fixture page at https://x.com
// through BiDi network interception, types a draft with real key events and waits until PHI Guard
// underlines the phone number in it. Nothing reaches the network: every other http(s) request gets a 404.
//
// FIREFOX_PATH overrides the binary (default /usr/bin/firefox-esr, Debian's package). Exit 0 on success.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { ensureFixturesBuilt, FIXTURES_DIST } from '../tests/fixtures/build.mjs';

const EXTENSION_DIR = fileURLToPath(new URL('../.output/firefox-mv3/', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PORT = 9200 + Math.floor(Math.random() * 700);
const TIMEOUT_MS = 30_000;
const DRAFT = 'Quick update from ward rounds: call her daughter on 412-555-0178 tonight.';
const EXPECTED = '412-555-0178';
const EDITOR = '[data-fixture-composer="x-home"] [contenteditable="true"]';
const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  fail(`no Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first`);
}
if (!existsSync(FIREFOX)) fail(`no Firefox at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
await ensureFixturesBuilt();

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
  const editor = await evaluate(bidi, context, `document.querySelector('${EDITOR}')`);
  const click = [
    { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: editor.sharedId } } },
    { type: 'pointerDown', button: 0 },
    { type: 'pointerUp', button: 0 },
  ];
  await bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', actions: click }] });
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
  rm(profile, { recursive: true, force: true }).finally(() => {
    if (error) fail(error instanceof Error ? error.message : String(error));
    process.exit(0);
  });
}

function fail(message) {
  console.error(`Firefox smoke test failed: ${message}`);
  process.exit(1);
}
