import { access, readFile, writeFile } from 'node:fs/promises';
import { MAX_PACK_BYTES, packCompileProblems, parsePackText } from '../policy/load';
import { loadEnginesFor } from '../policy/optional-engines';
import type { Pack, PackProblem } from '../policy/schema';
import { generateSigningKeys, SignatureError, signPack, verifyPack } from '../policy/signature';
import { parseCommandArgs } from './args';
import { CliError, describeFsError, readTextFile, type CliIO } from './io';
import { ensureSize } from './policy-files';

export const PACK_USAGE = `phi-guard pack validate FILE
       phi-guard pack keygen [--out PREFIX]
       phi-guard pack sign FILE --key PRIVATE.jwk [--out FILE.jws]
       phi-guard pack verify FILE.jws --keys JWKS.json`;

/** `phi-guard pack …`: the pack author's tools. */
export async function runPack(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'validate':
      return validate(rest, io);
    case 'keygen':
      return keygen(rest, io);
    case 'sign':
      return sign(rest, io);
    case 'verify':
      return verify(rest, io);
    default:
      throw new CliError(`${sub ? `unknown pack command "${sub}"` : 'pack needs a command'} (usage: ${PACK_USAGE.replace(/\n\s+/g, ' | ')})`);
  }
}

/** Schema problems first; compile problems only for a pack whose shape is right. */
async function problemsOf(text: string): Promise<{ pack?: Pack; problems: PackProblem[] }> {
  await loadEnginesFor(text);
  const parsed = parsePackText(text);
  if (!parsed.ok) return { problems: parsed.problems };
  return { pack: parsed.pack, problems: packCompileProblems(parsed.pack) };
}

function describe(pack: Pack): string {
  return `${pack.id} version ${pack.version} (${pack.rules.length} rules, ${pack.templates.length} templates)`;
}

async function validate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, 'phi-guard pack validate FILE');
  if (positionals.length !== 1) throw new CliError('pack validate takes one FILE');
  const file = positionals[0]!;
  await ensureSize(file);
  const { pack, problems } = await problemsOf(await readTextFile(file, 'pack'));
  for (const p of problems) io.stderr.write(`${file}: ${p.path}: ${p.message}\n`);
  if (problems.length || !pack) return 2;
  io.stdout.write(`${file}: valid pack ${describe(pack)}\n`);
  return 0;
}

async function keygen(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, 'phi-guard pack keygen [--out PREFIX]');
  if (positionals.length) throw new CliError('pack keygen takes no FILE; use --out PREFIX');
  const prefix = values.out ?? 'phi-guard-signing';
  const privatePath = `${prefix}.private.jwk`;
  const publicPath = `${prefix}.jwks.json`;
  // Never overwrite a key: losing a signing key locks out every installed copy that trusts it. Both paths are
  // checked first so a refusal leaves no half-written pair; "wx" below closes the remaining race.
  for (const path of [privatePath, publicPath]) {
    if (await exists(path)) throw new CliError(`${path} already exists; choose another --out PREFIX`);
  }
  const keys = await generateSigningKeys();
  await writeNew(privatePath, `${JSON.stringify(keys.privateJwk, null, 2)}\n`, 0o600);
  await writeNew(publicPath, `${JSON.stringify(keys.publicJwks, null, 2)}\n`, 0o644);
  io.stdout.write(`kid: ${keys.kid}\nprivate key: ${privatePath} (keep it secret)\npublic key set: ${publicPath} (give this to PHI Guard as trusted keys)\n`);
  return 0;
}

async function sign(args: string[], io: CliIO): Promise<number> {
  const usage = 'phi-guard pack sign FILE --key PRIVATE.jwk [--out FILE.jws]';
  const { values, positionals } = parseCommandArgs(args, { key: { type: 'string' }, out: { type: 'string' } }, usage);
  if (positionals.length !== 1 || !values.key) throw new CliError(`usage: ${usage}`);
  const file = positionals[0]!;
  await ensureSize(file);
  const bytes = await readBytes(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not UTF-8 text`);
  }
  // Refusing to sign a broken pack keeps a bad rule from reaching every installed copy with a valid signature.
  const { pack, problems } = await problemsOf(text);
  if (problems.length || !pack) {
    for (const p of problems) io.stderr.write(`${file}: ${p.path}: ${p.message}\n`);
    throw new CliError(`${file}: not signed: the pack has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
  const key = await readJson(values.key, 'key');
  const token = await signPack(bytes, key).catch(rethrowSignature);
  const out = values.out ?? `${file.replace(/\.json$/i, '')}.jws`;
  await writeFile(out, `${token}\n`).catch((error: unknown) => {
    throw new CliError(`cannot write ${out}: ${describeFsError(error)}`);
  });
  io.stdout.write(`signed ${describe(pack)} → ${out}\n`);
  return 0;
}

async function verify(args: string[], io: CliIO): Promise<number> {
  const usage = 'phi-guard pack verify FILE.jws --keys JWKS.json';
  const { values, positionals } = parseCommandArgs(args, { keys: { type: 'string' } }, usage);
  if (positionals.length !== 1 || !values.keys) throw new CliError(`usage: ${usage}`);
  const file = positionals[0]!;
  // A JWS is base64url, 4/3 the size of the pack it carries.
  await ensureSize(file, Math.ceil((MAX_PACK_BYTES * 4) / 3) + 4096);
  const token = await readTextFile(file, 'signed pack');
  const keys = await readJson(values.keys, 'key set');
  const { payloadText, kid } = await verifyPack(token, keys).catch(rethrowSignature);
  const { pack, problems } = await problemsOf(payloadText);
  for (const p of problems) io.stderr.write(`${file}: payload ${p.path}: ${p.message}\n`);
  if (problems.length || !pack) throw new CliError(`${file}: the signature is valid but the pack is not`);
  io.stdout.write(`verified ${file}\nid: ${pack.id}\nversion: ${pack.version}\nkid: ${kid}\n`);
  if (pack.expiresAt && Date.parse(pack.expiresAt) < Date.now()) io.stderr.write(`${file}: warning: the pack expired at ${pack.expiresAt}\n`);
  return 0;
}

function rethrowSignature(error: unknown): never {
  if (error instanceof SignatureError) throw new CliError(error.message);
  throw error;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

async function readJson(path: string, what: string): Promise<unknown> {
  await ensureSize(path, 1024 * 1024);
  const text = await readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${path}: the ${what} is not valid JSON`);
  }
}

async function writeNew(path: string, content: string, mode: number): Promise<void> {
  try {
    await writeFile(path, content, { flag: 'wx', mode });
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
