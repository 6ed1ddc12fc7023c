import {
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import { z } from 'zod';
import { MAX_PACK_BYTES } from './load';

/**
 * Signed pack distribution: a compact JWS (RFC 7515) over the exact bytes of the pack file, EdDSA with
 * Ed25519 keys (RFC 8037), keys as JWK. `jose` runs on WebCrypto, so this module works unchanged in the
 * CLI (Node) and in the extension's service worker. Verification is deliberately narrow: one algorithm,
 * a known key id, a bounded size, no unsecured or detached forms.
 */

export const PACK_JWS_ALG = 'EdDSA';
/** `typ` of a pack JWS, so a token the same key signed for another purpose is not taken for a pack. */
export const PACK_JWS_TYP = 'phi-guard.pack+jws';

export class SignatureError extends Error {}

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be base64url');
// RFC 8037 §2: an Ed25519 key is 32 bytes, i.e. 43 base64url characters.
const ed25519Public = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: base64url.length(43),
  kid: z.string().min(1).max(200).optional(),
});
const ed25519Private = ed25519Public.extend({ d: base64url.length(43) });
const jwksSchema = z.object({ keys: z.array(z.unknown()).max(100) });

export interface SigningKeys {
  kid: string;
  /** Keep secret: signs packs. */
  privateJwk: JWK;
  /** Publish or configure as trusted keys: a JWK Set holding the public key. */
  publicJwks: { keys: JWK[] };
}

/** A fresh Ed25519 key pair; the `kid` is the RFC 7638 thumbprint of the public key. */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair(PACK_JWS_ALG, { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const meta = { kid, alg: PACK_JWS_ALG, use: 'sig' };
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwks: { keys: [{ ...publicJwk, ...meta }] },
  };
}

/** Signs the pack file's bytes with a private Ed25519 JWK; returns the compact JWS. */
export async function signPack(payload: Uint8Array, privateJwk: unknown): Promise<string> {
  if (payload.byteLength > MAX_PACK_BYTES) throw new SignatureError(`pack is larger than ${MAX_PACK_BYTES} bytes`);
  const parsed = ed25519Private.safeParse(privateJwk);
  if (!parsed.success) throw new SignatureError('the signing key is not a private Ed25519 JWK (kty "OKP", crv "Ed25519", x and d)');
  const { kty, crv, x, d } = parsed.data;
  const kid = parsed.data.kid ?? (await calculateJwkThumbprint({ kty, crv, x }));
  const key = await importJWK({ kty, crv, x, d }, PACK_JWS_ALG);
  return new CompactSign(payload).setProtectedHeader({ alg: PACK_JWS_ALG, kid, typ: PACK_JWS_TYP }).sign(key);
}

export interface VerifiedPack {
  /** The signed bytes decoded as UTF-8: validate this as a pack next. */
  payloadText: string;
  kid: string;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ALLOWED_HEADER = new Set(['alg', 'kid', 'typ', 'cty']);

/**
 * Verifies a compact pack JWS against a JWK Set of trusted public keys and returns the payload text.
 * Throws `SignatureError` with a one-line reason for anything else: wrong algorithm (including `none`),
 * unknown key id, malformed or truncated token, bad signature, oversize or non-UTF-8 payload.
 */
export async function verifyPack(token: string, trustedKeys: unknown, maxBytes = MAX_PACK_BYTES): Promise<VerifiedPack> {
  const compact = token.trim();
  // Base64url grows 4/3; checked before decoding anything so a huge token costs nothing.
  if (compact.length > Math.ceil((maxBytes * 4) / 3) + 4096) throw new SignatureError(`signed pack is larger than ${maxBytes} bytes`);
  if (!COMPACT_JWS.test(compact)) throw new SignatureError('not a compact JWS (three base64url parts separated by ".")');

  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(compact);
  } catch {
    throw new SignatureError('the JWS header is not valid base64url JSON');
  }
  if (header.alg !== PACK_JWS_ALG) throw new SignatureError(`algorithm ${JSON.stringify(header.alg)} is not accepted; packs are signed with EdDSA`);
  const extra = Object.keys(header).filter((k) => !ALLOWED_HEADER.has(k));
  if (extra.length) throw new SignatureError(`unsupported JWS header parameter(s): ${extra.join(', ')}`);
  if (header.typ !== undefined && header.typ !== PACK_JWS_TYP) throw new SignatureError(`JWS typ ${JSON.stringify(header.typ)} is not a pack`);
  if (typeof header.kid !== 'string' || !header.kid) throw new SignatureError('the JWS header names no key id (kid)');
  const kid = header.kid;

  const jwk = findKey(trustedKeys, kid);
  let verified: Awaited<ReturnType<typeof compactVerify>>;
  try {
    const key = await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, PACK_JWS_ALG);
    verified = await compactVerify(compact, key, { algorithms: [PACK_JWS_ALG] });
  } catch {
    throw new SignatureError(`signature does not verify with key ${kid}`);
  }
  if (verified.payload.byteLength > maxBytes) throw new SignatureError(`signed pack is larger than ${maxBytes} bytes`);
  try {
    return { payloadText: new TextDecoder('utf-8', { fatal: true }).decode(verified.payload), kid };
  } catch {
    throw new SignatureError('the signed payload is not UTF-8 text');
  }
}

/** Accepts a JWK Set (`{"keys": [...]}`) or a single public JWK. Private members are never used. */
function findKey(trustedKeys: unknown, kid: string): z.infer<typeof ed25519Public> {
  const set = jwksSchema.safeParse(trustedKeys);
  const candidates = set.success ? set.data.keys : [trustedKeys];
  for (const candidate of candidates) {
    const key = ed25519Public.safeParse(candidate);
    if (key.success && key.data.kid === kid) return key.data;
  }
  throw new SignatureError(`key id ${kid} is not among the trusted keys`);
}
