import { createInterface } from 'node:readline';
import { check } from '../engine';

/** Runs the CLI with `argv` (without node and script) and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'check' && argv.includes('--jsonl')) {
    let blocked = false;
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { id: string; text: string; site?: string; surface?: 'post'; replyTo?: string };
      const findings = check(item.text, { site: item.site, surface: item.surface, replyTo: item.replyTo });
      blocked ||= findings.some((f) => f.severity === 'block');
      process.stdout.write(`${JSON.stringify({ id: item.id, findings })}\n`);
    }
    return blocked ? 1 : 0;
  }
  console.error('usage: phi-guard check --jsonl');
  return 2;
}
