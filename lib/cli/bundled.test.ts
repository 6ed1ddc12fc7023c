import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real bundle, built the way `npm run build:cli` builds it, into a cache folder inside the repository
// (the bundle keeps its dependencies external, so it must resolve them from the repository's node_modules).
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = path.join('node_modules', '.cache', `phi-guard-cli-test-${process.pid}`);
const cli = path.join(root, outdir, 'phi-guard.mjs');

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir], { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  return () => rmSync(path.join(root, outdir), { recursive: true, force: true });
}, 60_000);

// Each spawn starts Node and loads the NLP library: seconds on a busy machine, hence the generous timeout.
describe('the bundled CLI process', { timeout: 60_000 }, () => {
  it('runs check --jsonl end to end: same ids in order, exit 0 or 1', () => {
    const input = '{"id":"one","text":"Visiting hours end at eight."}\n{"id":"two","text":"Wash your hands."}\n';
    const run = spawnSync(process.execPath, [cli, 'check', '--jsonl'], { input, encoding: 'utf8' });
    expect([0, 1]).toContain(run.status);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['one', 'two']);
  });

  it('exits 2 with one line on stderr and nothing on stdout for a bad line', () => {
    const run = spawnSync(process.execPath, [cli, 'check', '--jsonl'], { input: '{"id":"one","text":"ok"}\n{"id":"two"}\n', encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^phi-guard: line 2: field "text": [^\n]*\n$/);
  });

  it('prints its version', () => {
    const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
