import { describe, it, expect } from 'vitest';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { runCli, scratch, TEST_PACK } from './test-helpers';

const packJson = `${JSON.stringify(TEST_PACK, null, 2)}\n`;

describe('phi-guard pack validate', () => {
  it('accepts a valid pack, exit 0', async () => {
    const dir = await scratch({ 'pack.json': packJson });
    const { code, stdout } = await runCli(['pack', 'validate', dir.at('pack.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid pack org.example.cli-test version 7 (2 rules, 0 templates)');
  });

  it('lists every schema problem with its JSON path, exit 2', async () => {
    const broken = { ...TEST_PACK, version: 0, rules: [{ ...TEST_PACK.rules[0], severity: 'loud' }, { ...TEST_PACK.rules[1], type: 'name' }] };
    const dir = await scratch({ 'pack.json': JSON.stringify(broken) });
    const { code, stdout, stderr } = await runCli(['pack', 'validate', dir.at('pack.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const paths = stderr.trim().split('\n').map((line) => line.split(': ')[1]);
    expect(paths.sort()).toEqual(['rules[0].severity', 'rules[1].type', 'version']);
  });

  it('reports regexes the linear-time engine refuses, exit 2', async () => {
    const pack = { ...TEST_PACK, rules: [TEST_PACK.rules[1], { ...TEST_PACK.rules[0], match: { kind: 'regex', pattern: '(bay) \\1' } }] };
    const dir = await scratch({ 'pack.json': JSON.stringify(pack) });
    const { code, stderr } = await runCli(['pack', 'validate', dir.at('pack.json')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/pack\.json: rules\[1\]\.match: regex refused/);
  });

  it('reports text that is not JSON', async () => {
    const dir = await scratch({ 'pack.json': '{ "format": ' });
    const { code, stderr } = await runCli(['pack', 'validate', dir.at('pack.json')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\(root\): not valid JSON/);
  });

  it('exits 2 on an unknown pack command', async () => {
    expect((await runCli(['pack', 'publish'])).code).toBe(2);
    expect((await runCli(['pack'])).code).toBe(2);
  });
});

describe('phi-guard pack keygen / sign / verify', () => {
  it('round-trips: keygen, sign the exact file, verify prints id, version and kid', async () => {
    const dir = await scratch({ 'pack.json': packJson });
    const keygen = await runCli(['pack', 'keygen', '--out', dir.at('org')]);
    expect(keygen.code).toBe(0);
    const kid = /kid: (\S+)/.exec(keygen.stdout)?.[1];
    const privateJwk = JSON.parse(await readFile(dir.at('org.private.jwk'), 'utf8'));
    const jwks = JSON.parse(await readFile(dir.at('org.jwks.json'), 'utf8'));
    expect(privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid });
    expect(jwks.keys[0]).toMatchObject({ kid });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect((await stat(dir.at('org.private.jwk'))).mode & 0o077).toBe(0);

    const signed = await runCli(['pack', 'sign', dir.at('pack.json'), '--key', dir.at('org.private.jwk')]);
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    const token = (await readFile(dir.at('pack.jws'), 'utf8')).trim();
    expect(token.split('.')).toHaveLength(3);
    // The payload is the file's bytes exactly, whitespace and all.
    expect(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')).toBe(packJson);

    const verified = await runCli(['pack', 'verify', dir.at('pack.jws'), '--keys', dir.at('org.jwks.json')]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('id: org.example.cli-test\nversion: 7\n');
    expect(verified.stdout).toContain(`kid: ${kid}`);
  });

  it('never overwrites an existing key', async () => {
    const dir = await scratch({ 'org.jwks.json': '{}' });
    const { code, stderr } = await runCli(['pack', 'keygen', '--out', dir.at('org')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/org\.jwks\.json already exists/);
    await expect(stat(dir.at('org.private.jwk'))).rejects.toThrow();
  });

  it('refuses to sign an invalid pack', async () => {
    const dir = await scratch({ 'pack.json': JSON.stringify({ ...TEST_PACK, version: -1 }) });
    await runCli(['pack', 'keygen', '--out', dir.at('k')]);
    const { code, stderr } = await runCli(['pack', 'sign', dir.at('pack.json'), '--key', dir.at('k.private.jwk'), '--out', dir.at('x.jws')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/version/);
    expect(stderr).toMatch(/not signed/);
    await expect(stat(dir.at('x.jws'))).rejects.toThrow();
  });

  it('fails verification with another key set, a tampered file, or a public key used to sign', async () => {
    const dir = await scratch({ 'pack.json': packJson });
    await runCli(['pack', 'keygen', '--out', dir.at('a')]);
    await runCli(['pack', 'keygen', '--out', dir.at('b')]);
    await runCli(['pack', 'sign', dir.at('pack.json'), '--key', dir.at('a.private.jwk'), '--out', dir.at('p.jws')]);

    const other = await runCli(['pack', 'verify', dir.at('p.jws'), '--keys', dir.at('b.jwks.json')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/is not among the trusted keys/);

    const [h, , s] = (await readFile(dir.at('p.jws'), 'utf8')).trim().split('.');
    const forged = Buffer.from(packJson.replace('"version": 7', '"version": 8')).toString('base64url');
    await writeFile(dir.at('forged.jws'), `${h}.${forged}.${s}`);
    const tampered = await runCli(['pack', 'verify', dir.at('forged.jws'), '--keys', dir.at('a.jwks.json')]);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/does not verify/);

    const wrongKey = await runCli(['pack', 'sign', dir.at('pack.json'), '--key', dir.at('a.jwks.json')]);
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toMatch(/not a private Ed25519 JWK/);
  });

  it('verifies the signature but rejects a signed payload that is not a valid pack', async () => {
    const dir = await scratch({ 'notes.json': '{"hello": "world"}' });
    await runCli(['pack', 'keygen', '--out', dir.at('k')]);
    const { signPack } = await import('../policy/signature');
    const key = JSON.parse(await readFile(dir.at('k.private.jwk'), 'utf8'));
    await writeFile(dir.at('notes.jws'), await signPack(new TextEncoder().encode('{"hello": "world"}'), key));
    const { code, stderr } = await runCli(['pack', 'verify', dir.at('notes.jws'), '--keys', dir.at('k.jwks.json')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/payload format: /);
    expect(stderr).toMatch(/the signature is valid but the pack is not/);
  });

  it('exits 2 when sign or verify is missing its key option', async () => {
    expect((await runCli(['pack', 'sign', 'pack.json'])).code).toBe(2);
    expect((await runCli(['pack', 'verify', 'pack.jws'])).code).toBe(2);
  });
});
