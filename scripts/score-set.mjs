// Scores the engine, through the CLI's `check --jsonl`, on one benchmark set in ../shared/data.
//   node scripts/score-set.mjs deid|presidio|claims [--outdir DIR] [--json]
// DIR (default .eval/cli) receives a private CLI build, so several runs can go on side by side.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SETS = {
  deid: { mode: 'phi', file: 'deid-nursing-notes.jsonl' },
  presidio: { mode: 'phi', file: 'presidio-synthetic.jsonl' },
  claims: { mode: 'claims', file: 'constraint-health-claims.jsonl' },
};
export const dataDir = path.resolve(root, '../shared/data');
export const scorer = path.resolve(root, '../shared/eval/score.mjs');

/** Bundles the CLI into `outdir` (inside the repository, so its dependencies resolve). */
export function buildCli(outdir = '.eval/cli') {
  mkdirSync(path.resolve(root, outdir), { recursive: true });
  run(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir]);
}

/**
 * Runs the CLI in `outdir` over the set and returns the scorer's JSON result plus the whole-process wall
 * time. Builds first unless `build` is false (eval.mjs builds once for all sets).
 */
export function scoreEngine(set, outdir = '.eval/cli', { build = true } = {}) {
  const { mode, file } = SETS[set];
  const absOut = path.resolve(root, outdir);
  if (build) buildCli(outdir);
  const gold = path.join(dataDir, file);
  const pred = path.join(absOut, `${set}.pred.jsonl`);
  const started = performance.now();
  run('bash', ['-c', `node "${absOut}/phi-guard.mjs" check --jsonl < "${gold}" > "${pred}"`], [0, 1]);
  const seconds = (performance.now() - started) / 1000;
  return { ...scorePredictions(set, pred), seconds };
}

/** Scores a predictions file (the engine's or a peer's) against the set's gold file. */
export function scorePredictions(set, pred) {
  const { mode, file } = SETS[set];
  return JSON.parse(run(process.execPath, [scorer, mode, path.join(dataDir, file), pred, '--json']));
}

function run(cmd, args, okCodes = [0]) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = process.argv[2];
  if (!SETS[set] || !existsSync(dataDir)) {
    console.error('usage: node scripts/score-set.mjs deid|presidio|claims [--outdir DIR] [--json]  (needs ../shared/data)');
    process.exit(2);
  }
  const at = process.argv.indexOf('--outdir');
  const result = scoreEngine(set, at > 0 ? process.argv[at + 1] : undefined);
  console.log(process.argv.includes('--json') ? JSON.stringify(result) : JSON.stringify(result, null, 2));
}
