import { describe, expect, it } from 'vitest';
import { hashValue } from './hash';

describe('hashValue', () => {
  it('is a stable hex SHA-256 for one salt', async () => {
    const hash = await hashValue('salt-a', '(617) 555-0134');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashValue('salt-a', '(617) 555-0134')).toBe(hash);
  });

  it('differs across salts and across values', async () => {
    const hash = await hashValue('salt-a', '(617) 555-0134');
    expect(await hashValue('salt-b', '(617) 555-0134')).not.toBe(hash);
    expect(await hashValue('salt-a', '(617) 555-0135')).not.toBe(hash);
  });

  it('keeps salt and value apart, so moving characters between them changes the hash', async () => {
    expect(await hashValue('ab', 'c')).not.toBe(await hashValue('a', 'bc'));
  });
});
