import { describe, expect, it } from 'vitest';
import { generateSigningKeys, signPack } from '../policy/signature';
import { makeTestPack } from '../policy/test-pack';
import { checkImportedPack } from './import-pack';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('importing a pack file', () => {
  it('accepts pack JSON as unsigned', async () => {
    const result = await checkImportedPack(JSON.stringify(makeTestPack()), { now: NOW });
    expect(result).toMatchObject({ ok: true, signature: 'unsigned', pack: { id: 'org.example.social' } });
  });

  it('lists every schema problem with its JSON path', async () => {
    const broken = { ...makeTestPack(), version: 0, publisher: {}, rules: [{ id: 'r', category: 'phi', type: 'crisis' }] };
    const result = await checkImportedPack(JSON.stringify(broken), { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['version', 'publisher.name', 'rules[0].severity', 'rules[0].match']));
  });

  it('reports broken JSON, a rule that does not compile, and a rollback at their paths', async () => {
    expect(await checkImportedPack('{"format": ', { now: NOW })).toMatchObject({ ok: false, problems: [{ path: '(root)' }] });
    const badRegex = makeTestPack({
      rules: [{ id: 'org.r', category: 'policy', type: 'promotion', severity: 'warn', message: 'm', explanation: 'e', match: { kind: 'regex', pattern: '(a)\\1' } }],
    });
    expect(await checkImportedPack(JSON.stringify(badRegex), { now: NOW })).toMatchObject({ ok: false, problems: [{ path: 'rules[0].match' }] });
    const activeOf = () => ({ version: 3, pack: makeTestPack({ version: 3 }) });
    expect(await checkImportedPack(JSON.stringify(makeTestPack({ version: 2 })), { now: NOW, activeOf })).toMatchObject({
      ok: false,
      problems: [{ path: 'version', message: 'version 2 is older than the active version 3; rollback refused' }],
    });
  });

  it('verifies a signed pack against the trusted keys, and refuses it without them or with another key', async () => {
    const [keys, stranger] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
    const token = await signPack(bytes(makeTestPack()), keys.privateJwk);
    expect(await checkImportedPack(`${token}\n`, { now: NOW, trustedKeys: keys.publicJwks })).toMatchObject({ ok: true, signature: 'verified' });
    expect(await checkImportedPack(token, { now: NOW })).toMatchObject({ ok: false, problems: [{ path: '(signature)' }] });
    const refused = await checkImportedPack(token, { now: NOW, trustedKeys: stranger.publicJwks });
    expect(refused).toMatchObject({ ok: false, problems: [{ path: '(signature)', message: expect.stringMatching(/^signature refused: /) }] });
  });
});
