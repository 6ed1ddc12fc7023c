/**
 * Salted SHA-256 (WebCrypto) of a matched value, hex-encoded. The audit log and the per-draft state store this
 * instead of the words: equal values give equal hashes within one install, and the per-install salt keeps a
 * short identifier (a phone number, an SSN) from being recovered by hashing every possible one.
 */
export async function hashValue(salt: string, value: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}\u0000${value}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
