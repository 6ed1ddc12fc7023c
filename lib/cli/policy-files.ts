import { stat } from 'node:fs/promises';
import { baselinePolicy, compilePolicy } from '../policy/compile';
import { MAX_PACK_BYTES, parsePackText } from '../policy/load';
import { enginesUsedBy, loadEngines } from '../policy/optional-engines';
import type { Pack } from '../policy/schema';
import type { CompiledPolicy } from '../engine';
import { CliError, describeFsError, readTextFile } from './io';

/** Reads and validates one pack file; any problem is a user error naming the file and the first JSON path. */
export async function readPackFile(path: string): Promise<{ pack: Pack; text: string }> {
  await ensureSize(path);
  const text = await readTextFile(path, 'pack');
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more; see \`phi-guard pack validate\`)` : '';
    throw new CliError(`${path}: invalid pack: ${first?.path}: ${first?.message}${more}`);
  }
  return { pack: parsed.pack, text };
}

/** The policy the `--pack` options describe: the baseline when there are none, else the packs in order. */
export async function loadPolicy(packPaths: readonly string[]): Promise<CompiledPolicy> {
  if (packPaths.length === 0) return baselinePolicy();
  const packs: Pack[] = [];
  for (const path of packPaths) packs.push((await readPackFile(path)).pack);
  await loadEngines(enginesUsedBy(packs));
  try {
    return compilePolicy(packs);
  } catch (error) {
    throw new CliError(`cannot compile the packs: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function ensureSize(path: string, limit = MAX_PACK_BYTES): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  if (size > limit) throw new CliError(`${path} is larger than ${limit / 1024 / 1024} MB`);
}
