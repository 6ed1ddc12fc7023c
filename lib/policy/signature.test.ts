import { describe, it, expect } from 'vitest';
import { base64url } from 'jose';
import { generateSigningKeys, signPack, verifyPack, PACK_JWS_TYP } from './signature';

const encode = (text: string) => new TextEncoder().encode(text);
const packText = '{"format":"phi-guard.pack/1","id":"org.example","name":"Example ✓"}\n';
const b64json = (value: unknown) => base64url.encode(JSON.stringify(value));

describe('pack signatures', () => {
  it('round-trips the exact bytes, including non-ASCII text and the trailing newline', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(encode(packText), keys.privateJwk);
    const verified = await verifyPack(token, keys.publicJwks);
    expect(verified.payloadText).toBe(packText);
    expect(verified.kid).toBe(keys.kid);
  });

  it('gives the key pair a kid and keeps the private part out of the public set', async () => {
    const keys = await generateSigningKeys();
    expect(keys.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: keys.kid, alg: 'EdDSA' });
    expect(keys.publicJwks.keys).toHaveLength(1);
    expect(keys.publicJwks.keys[0]).not.toHaveProperty('d');
  });

  it('writes alg EdDSA, the kid and the pack typ into the header', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(encode(packText), keys.privateJwk);
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[0]!)));
    expect(header).toEqual({ alg: 'EdDSA', kid: keys.kid, typ: PACK_JWS_TYP });
  });

  it('accepts surrounding whitespace, as a token saved to a file has', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(encode(packText), keys.privateJwk);
    await expect(verifyPack(`\n${token}\n`, keys.publicJwks)).resolves.toMatchObject({ payloadText: packText });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const keys = await generateSigningKeys();
    const token = `${b64json({ alg: 'none', kid: keys.kid })}.${base64url.encode(packText)}.`;
    await expect(verifyPack(token, keys.publicJwks)).rejects.toThrow(/compact JWS|algorithm/);
    const withJunkSignature = `${b64json({ alg: 'none', kid: keys.kid })}.${base64url.encode(packText)}.AAAA`;
    await expect(verifyPack(withJunkSignature, keys.publicJwks)).rejects.toThrow(/algorithm "none"/);
  });

  it('refuses any algorithm other than EdDSA, even with an otherwise valid signature', async () => {
    const keys = await generateSigningKeys();
    const [, payload, signature] = (await signPack(encode(packText), keys.privateJwk)).split('.');
    for (const alg of ['HS256', 'RS256', 'ES256', 'Ed25519']) {
      const token = `${b64json({ alg, kid: keys.kid })}.${payload}.${signature}`;
      await expect(verifyPack(token, keys.publicJwks)).rejects.toThrow(/algorithm/);
    }
  });

  it('refuses a key id that is not trusted', async () => {
    const signer = await generateSigningKeys();
    const other = await generateSigningKeys();
    const token = await signPack(encode(packText), signer.privateJwk);
    await expect(verifyPack(token, other.publicJwks)).rejects.toThrow(`key id ${signer.kid} is not among the trusted keys`);
  });

  it('refuses a signature made with another key filed under the trusted kid (swapped keys)', async () => {
    const trusted = await generateSigningKeys();
    const attacker = await generateSigningKeys();
    const token = await signPack(encode(packText), { ...attacker.privateJwk, kid: trusted.kid });
    await expect(verifyPack(token, trusted.publicJwks)).rejects.toThrow(/does not verify/);
  });

  it('refuses truncated and tampered tokens', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(encode(packText), keys.privateJwk);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    await expect(verifyPack(token.slice(0, -5), keys.publicJwks)).rejects.toThrow(/does not verify/);
    await expect(verifyPack(`${header}.${payload}`, keys.publicJwks)).rejects.toThrow(/compact JWS/);
    await expect(verifyPack(header, keys.publicJwks)).rejects.toThrow(/compact JWS/);
    await expect(verifyPack('', keys.publicJwks)).rejects.toThrow(/compact JWS/);
    const tampered = base64url.encode(packText.replace('Example', 'Exampl3'));
    await expect(verifyPack(`${header}.${tampered}.${signature}`, keys.publicJwks)).rejects.toThrow(/does not verify/);
  });

  it('refuses headers it does not understand (detached payloads, critical extensions, foreign typ)', async () => {
    const keys = await generateSigningKeys();
    const [, payload, signature] = (await signPack(encode(packText), keys.privateJwk)).split('.');
    const withHeader = (h: object) => `${b64json({ alg: 'EdDSA', kid: keys.kid, ...h })}.${payload}.${signature}`;
    await expect(verifyPack(withHeader({ b64: false, crit: ['b64'] }), keys.publicJwks)).rejects.toThrow(/unsupported/);
    await expect(verifyPack(withHeader({ typ: 'JWT' }), keys.publicJwks)).rejects.toThrow(/not a pack/);
    await expect(verifyPack(`${base64url.encode('{not json')}.${payload}.${signature}`, keys.publicJwks)).rejects.toThrow(/header/);
  });

  it('refuses payloads over the size limit without verifying them', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(encode('x'.repeat(5000)), keys.privateJwk);
    await expect(verifyPack(token, keys.publicJwks, 1000)).rejects.toThrow(/larger than 1000 bytes/);
    await expect(verifyPack(token, keys.publicJwks, 4000)).rejects.toThrow(/larger than 4000 bytes/);
  });

  it('refuses a payload that is not UTF-8', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), keys.privateJwk);
    await expect(verifyPack(token, keys.publicJwks)).rejects.toThrow(/not UTF-8/);
  });

  it('refuses to sign with something that is not a private Ed25519 key', async () => {
    const keys = await generateSigningKeys();
    await expect(signPack(encode(packText), keys.publicJwks.keys[0])).rejects.toThrow(/private Ed25519 JWK/);
    await expect(signPack(encode(packText), { kty: 'oct', k: 'c2VjcmV0' })).rejects.toThrow(/private Ed25519 JWK/);
  });

  it('takes a single public JWK as the trusted keys too, and ignores garbage entries in a set', async () => {
    const keys = await generateSigningKeys();
    const token = await signPack(encode(packText), keys.privateJwk);
    await expect(verifyPack(token, keys.publicJwks.keys[0])).resolves.toMatchObject({ kid: keys.kid });
    await expect(verifyPack(token, { keys: [42, { kty: 'RSA' }, ...keys.publicJwks.keys] })).resolves.toMatchObject({ kid: keys.kid });
    await expect(verifyPack(token, 'not keys')).rejects.toThrow(/not among the trusted keys/);
  });
});
