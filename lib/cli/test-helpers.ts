import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from './main';

/** Runs the CLI in-process with `stdin` as input; returns the exit code and everything written. */
export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([Buffer.from(stdin, 'utf8')]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** A scratch folder with the given files written into it; returns their absolute paths by name. */
export async function scratch(files: Record<string, string> = {}): Promise<{ dir: string; at: (name: string) => string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'phi-guard-cli-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return { dir, at: (name) => path.join(dir, name) };
}

/**
 * A small pack with predictable rules, so CLI tests do not depend on how the built-in detectors evolve:
 * "bay N" / "bed N" blocks (with a fix), "miracle cure" warns.
 */
export const TEST_PACK = {
  format: 'phi-guard.pack/1',
  id: 'org.example.cli-test',
  name: 'CLI test pack',
  version: 7,
  publishedAt: '2026-11-01T00:00:00Z',
  publisher: { name: 'Example clinic' },
  rules: [
    {
      id: 'test.bed',
      category: 'phi',
      type: 'quasi-identifier',
      severity: 'block',
      message: 'Bed or bay number next to patient context',
      explanation: 'A bed number narrows a story down to one patient.',
      match: { kind: 'regex', pattern: '\\b(bay|bed) [0-9]+\\b' },
      fixes: [{ label: 'Generalise the place', replacement: 'the unit' }],
    },
    {
      id: 'test.cure',
      category: 'policy',
      type: 'misinformation',
      severity: 'warn',
      message: 'Cure claim',
      explanation: 'Claims of a cure need a source.',
      match: { kind: 'terms', terms: ['miracle cure'] },
    },
  ],
};
