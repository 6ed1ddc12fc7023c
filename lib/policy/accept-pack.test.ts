import { beforeAll, describe, expect, it } from 'vitest';
import { acceptPackText, acceptSignedPack, jsonDepth, MAX_PACK_DEPTH, type AcceptResult } from './accept-pack';
import { MAX_PACK_BYTES } from './load';
import { generateSigningKeys, signPack, type SigningKeys } from './signature';
import { makeTestPack } from './test-pack';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const base64url = (text: string) => Buffer.from(text).toString('base64url');

const wardRule = {
  id: 'org.ward-names',
  category: 'phi' as const,
  type: 'location' as const,
  severity: 'block' as const,
  message: 'Ward names stay inside the hospital',
  explanation: 'Example Health privacy policy 4.2',
  match: { kind: 'terms' as const, terms: ['Heron Ward'] },
};
const v2 = makeTestPack({ version: 2, rules: [wardRule] });

let org: SigningKeys;
let stranger: SigningKeys;
beforeAll(async () => {
  [org, stranger] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
});

function refusal(result: AcceptResult): { code: string; reason: string } {
  if (result.ok) throw new Error(`expected a refusal, got version ${result.pack.version}`);
  return { code: result.code, reason: result.reason };
}

describe('acceptSignedPack', () => {
  it('accepts a pack signed by a trusted key and says which key', async () => {
    const token = await signPack(encode(v2), org.privateJwk);
    const result = await acceptSignedPack(token, org.publicJwks, { now: NOW });
    expect(result).toMatchObject({ ok: true, kid: org.kid, unchanged: false, pack: { id: 'org.example.social', version: 2 } });
  });

  it('refuses a truncated token, a token cut inside its signature and an empty one', async () => {
    const token = await signPack(encode(v2), org.privateJwk);
    const [header, payload, signature] = token.split('.');
    expect(refusal(await acceptSignedPack(`${header}.${payload}`, org.publicJwks, { now: NOW }))).toEqual({
      code: 'signature',
      reason: 'signature refused: not a compact JWS (three base64url parts separated by ".")',
    });
    expect(refusal(await acceptSignedPack(`${header}.${payload}.${signature!.slice(0, 20)}`, org.publicJwks, { now: NOW })).reason).toBe(
      `signature refused: signature does not verify with key ${org.kid}`,
    );
    expect(refusal(await acceptSignedPack('', org.publicJwks, { now: NOW })).code).toBe('signature');
  });

  it('refuses the unsecured algorithm "none" and an HMAC token', async () => {
    const payload = base64url(JSON.stringify(v2));
    const none = `${base64url(JSON.stringify({ alg: 'none', kid: org.kid }))}.${payload}.`;
    expect(refusal(await acceptSignedPack(none, org.publicJwks, { now: NOW })).code).toBe('signature');
    const noneWithSig = `${base64url(JSON.stringify({ alg: 'none', kid: org.kid }))}.${payload}.AAAA`;
    expect(refusal(await acceptSignedPack(noneWithSig, org.publicJwks, { now: NOW })).reason).toBe(
      'signature refused: algorithm "none" is not accepted; packs are signed with EdDSA',
    );
    const hmac = `${base64url(JSON.stringify({ alg: 'HS256', kid: org.kid }))}.${payload}.AAAA`;
    expect(refusal(await acceptSignedPack(hmac, org.publicJwks, { now: NOW })).reason).toContain('"HS256" is not accepted');
  });

  it('refuses a pack signed by a key nobody trusts, and a stranger signing under the trusted key id', async () => {
    const foreign = await signPack(encode(v2), stranger.privateJwk);
    expect(refusal(await acceptSignedPack(foreign, org.publicJwks, { now: NOW })).reason).toBe(
      `signature refused: key id ${stranger.kid} is not among the trusted keys`,
    );
    const impostor = await signPack(encode(v2), { ...stranger.privateJwk, kid: org.kid });
    expect(refusal(await acceptSignedPack(impostor, org.publicJwks, { now: NOW })).reason).toBe(
      `signature refused: signature does not verify with key ${org.kid}`,
    );
  });

  it('refuses a payload swapped under a valid signature', async () => {
    const token = await signPack(encode(v2), org.privateJwk);
    const [header, , signature] = token.split('.');
    const swapped = `${header}.${base64url(JSON.stringify({ ...v2, version: 99 }))}.${signature}`;
    expect(refusal(await acceptSignedPack(swapped, org.publicJwks, { now: NOW })).code).toBe('signature');
  });

  it('refuses a huge token before decoding it', async () => {
    const huge = `${'A'.repeat(Math.ceil((MAX_PACK_BYTES * 4) / 3) + 10_000)}.AAAA.AAAA`;
    expect(refusal(await acceptSignedPack(huge, org.publicJwks, { now: NOW })).reason).toBe(
      `signature refused: signed pack is larger than ${MAX_PACK_BYTES} bytes`,
    );
  });

  it('refuses signed garbage and a signed pack with schema errors, naming the field', async () => {
    const garbage = await signPack(encode('{"format": "phi-guard.pack/1", "id": '), org.privateJwk);
    expect(refusal(await acceptSignedPack(garbage, org.publicJwks, { now: NOW }))).toMatchObject({
      code: 'json',
      reason: expect.stringMatching(/^not a pack: not valid JSON: /),
    });
    const broken = await signPack(encode({ ...v2, version: 'two' }), org.privateJwk);
    expect(refusal(await acceptSignedPack(broken, org.publicJwks, { now: NOW }))).toEqual({
      code: 'schema',
      reason: 'not a valid pack: version: Invalid input: expected number, received string',
    });
  });

  it('refuses deeply nested JSON without parsing it', async () => {
    const deep = `{"format":"phi-guard.pack/1","options":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const token = await signPack(encode(deep), org.privateJwk);
    expect(refusal(await acceptSignedPack(token, org.publicJwks, { now: NOW }))).toEqual({
      code: 'too-deep',
      reason: `not a pack: JSON nested deeper than ${MAX_PACK_DEPTH} levels`,
    });
  });
});

describe('acceptPackText', () => {
  const text = (over: Parameters<typeof makeTestPack>[0]) => JSON.stringify(makeTestPack({ rules: [wardRule], ...over }));

  it('refuses expired and not-yet-published versions with their dates', () => {
    expect(refusal(acceptPackText(text({ version: 3, expiresAt: '2026-11-30T00:00:00Z' }), { now: NOW })).reason).toBe(
      'version 3 expired at 2026-11-30T00:00:00Z',
    );
    expect(refusal(acceptPackText(text({ version: 3, publishedAt: '2027-01-01T00:00:00Z' }), { now: NOW })).reason).toBe(
      'version 3 is not published until 2027-01-01T00:00:00Z',
    );
    // A few minutes of clock drift is tolerated.
    expect(acceptPackText(text({ version: 3, publishedAt: '2026-12-01T12:03:00Z' }), { now: NOW }).ok).toBe(true);
  });

  it('refuses a lower version than the active one, and a changed pack under the active version number', () => {
    const active = { version: 2, pack: v2 };
    expect(refusal(acceptPackText(text({ version: 1 }), { now: NOW, activeOf: () => active })).reason).toBe(
      'version 1 is older than the active version 2; rollback refused',
    );
    expect(refusal(acceptPackText(text({ version: 2, name: 'Renamed' }), { now: NOW, activeOf: () => active })).code).toBe('same-version-changed');
    expect(acceptPackText(JSON.stringify(v2), { now: NOW, activeOf: () => active })).toMatchObject({ ok: true, unchanged: true });
    expect(acceptPackText(text({ version: 3 }), { now: NOW, activeOf: () => active })).toMatchObject({ ok: true, unchanged: false });
  });

  it('refuses the built-in pack id and a pack other than the one the source delivers', () => {
    expect(refusal(acceptPackText(text({ id: 'phi-guard.baseline', extends: undefined }), { now: NOW })).reason).toBe(
      'pack ids starting with "phi-guard." are reserved for packs built into PHI Guard',
    );
    expect(refusal(acceptPackText(text({ id: 'org.other' }), { now: NOW, expectedId: 'org.example.social' })).reason).toBe(
      'this source delivers pack "org.example.social", not "org.other"',
    );
  });

  it('refuses a rule the linear-time regex engine cannot compile', () => {
    const rules = [{ ...wardRule, match: { kind: 'regex' as const, pattern: '(a)\\1' } }];
    expect(refusal(acceptPackText(text({ rules }), { now: NOW }))).toMatchObject({
      code: 'compile',
      reason: expect.stringMatching(/^pack does not compile: rules\[0\]\.match: /),
    });
  });
});

describe('jsonDepth', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[\\"{{{{"}')).toBe(1);
    expect(jsonDepth('"plain"')).toBe(0);
  });
});
