// Scores the engine (through the CLI's `check --jsonl`) and the peer checkers named in ../shared/data/README.md
// on every benchmark set, in one run, and prints one table side by side.
//   npm run eval [-- --sets deid,presidio,claims] [--peers openredaction,redact-pii,remove-pii|none]
//                [--timeout SECONDS] [--outdir DIR] [--json]
// Each peer runs in its own process (this script, in `--peer` mode) so its time is measured the same way as
// the CLI's — whole process, wall clock — and a peer that crashes or hangs costs one row, not the run.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETS, buildCli, dataDir, scoreEngine, scorePredictions } from './score-set.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const finding = (start, end) => ({ start, end, category: 'phi', type: 'other-id', severity: 'block' });

/**
 * How each peer is called (from its README in node_modules) and turned into the scorer's PRED format:
 * `{"id", "findings": [{start, end, category, type, severity}]}`, or `{"id", "redacted"}` for a tool that only
 * redacts. `published` repeats the README's figures (recall / precision / PHI-free flagged) for comparison.
 */
const PEERS = {
  openredaction: {
    pkg: 'openredaction',
    published: { deid: '46.0 / 1.1 / 92.5', presidio: '59.0 / 47.5 / 72.1' },
    async load() {
      const { OpenRedaction } = await import('openredaction');
      const redactor = new OpenRedaction({});
      return async (text) => ({ findings: (await redactor.detect(text)).detections.map((d) => finding(d.position[0], d.position[1])) });
    },
  },
  'redact-pii': {
    pkg: 'redact-pii',
    published: { deid: '30.2 / n.a. / 48.0', presidio: '57.2 / n.a. / 2.4' },
    async load() {
      const { default: redactPii } = await import('redact-pii');
      const redactor = new redactPii.SyncRedactor();
      return async (text) => ({ redacted: redactor.redact(text) });
    },
  },
  'remove-pii': {
    pkg: '@coffeeandfun/remove-pii',
    published: { deid: '4.4 / 24.3 / 5.0', presidio: '27.2 / 100 / 0' },
    async load() {
      const { detectPII } = await import('@coffeeandfun/remove-pii');
      return async (text) => ({
        findings: detectPII(text).detectedItems.flatMap((item) => item.positions.map((p) => finding(p.start, p.end))),
      });
    },
  },
};

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** `--peer NAME --set SET --out FILE`: writes one peer's predictions for one set. */
async function runPeer(name, set, out) {
  const check = await PEERS[name].load();
  const lines = createInterface({ input: createReadStream(path.join(dataDir, SETS[set].file)), crlfDelay: Infinity });
  const sink = createWriteStream(out);
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line);
    if (!sink.write(`${JSON.stringify({ id, ...(await check(text)) })}\n`)) await once(sink, 'drain');
  }
  sink.end();
  await once(sink, 'finish');
}

function peerVersion(pkg) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Runs one peer on one set in a child process; returns scores and seconds, or why it could not run. */
function scorePeer(name, set, outdir, timeoutSeconds) {
  const version = peerVersion(PEERS[name].pkg);
  if (!version) return { error: `${PEERS[name].pkg} is not installed (npm install)` };
  const pred = path.join(outdir, `${name}.${set}.pred.jsonl`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--peer', name, '--set', set, '--out', pred], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.error?.code === 'ETIMEDOUT') return { version, error: `gave up after ${timeoutSeconds} s` };
  if (child.status !== 0) {
    const last = (child.stderr || child.error?.message || 'failed').trim().split('\n').filter(Boolean).slice(-1)[0];
    return { version, error: `failed: ${last}` };
  }
  return { version, seconds, ...scorePredictions(set, pred) };
}

const pct = (x) => (x === null || x === undefined ? 'n.a.' : `${x.toFixed(1)}%`);
const secs = (x) => (x === undefined ? '' : `${x.toFixed(1)} s`);

function printTable(rows) {
  const header = ['set', 'checker', 'recall', 'precision', 'PHI-free flagged', 'seconds', 'README figures / notes'];
  const cells = rows.map((r) => {
    if (r.error) return [r.set, r.checker, '—', '—', '—', '', r.error];
    if (r.mode === 'claims') {
      return [r.set, r.checker, '', '', '', secs(r.seconds), `fake flagged ${pct(r.fakeFlagged)} (of ${r.fake}), real flagged ${pct(r.realFlagged)} (of ${r.real})`];
    }
    return [r.set, r.checker, pct(r.recall), pct(r.precision), pct(r.phiFreeFlagged), secs(r.seconds), r.note ?? ''];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

async function evaluate() {
  if (!existsSync(dataDir)) {
    console.error(`eval: the benchmark sets are not at ${dataDir}`);
    process.exit(2);
  }
  const sets = option('sets', Object.keys(SETS).join(',')).split(',');
  const unknownSet = sets.find((s) => !SETS[s]);
  if (unknownSet) {
    console.error(`eval: unknown set "${unknownSet}" (sets: ${Object.keys(SETS).join(', ')})`);
    process.exit(2);
  }
  const peersOption = option('peers', Object.keys(PEERS).join(','));
  const peers = peersOption === 'none' ? [] : peersOption.split(',');
  const unknownPeer = peers.find((p) => !PEERS[p]);
  if (unknownPeer) {
    console.error(`eval: unknown peer "${unknownPeer}" (peers: ${Object.keys(PEERS).join(', ')})`);
    process.exit(2);
  }
  const timeout = Number(option('timeout', '900'));
  const outdirOption = option('outdir', '.eval/eval');
  const outdir = path.resolve(root, outdirOption);
  mkdirSync(outdir, { recursive: true });

  buildCli(outdirOption);
  const rows = [];
  for (const set of sets) {
    const mode = SETS[set].mode;
    rows.push({ set, checker: 'phi-guard (this engine)', mode, ...scoreEngine(set, outdirOption, { build: false }) });
    // The peers find PII; they have no notion of health misinformation, so the claims set is ours alone.
    if (mode !== 'phi') continue;
    for (const name of peers) {
      const result = scorePeer(name, set, outdir, timeout);
      const label = `${name} ${result.version ?? ''}`.trim();
      const published = PEERS[name].published[set];
      rows.push({ set, checker: label, mode, note: published ? `README: ${published}` : '', ...result });
    }
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else printTable(rows);
}

if (process.argv.includes('--peer')) await runPeer(option('peer'), option('set'), option('out'));
else await evaluate();
