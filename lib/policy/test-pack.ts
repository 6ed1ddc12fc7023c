import { PACK_FORMAT, packSchemas, type Pack, type PackInput } from './schema';

/** A small organisation pack for tests: builds on the baseline unless `extends` is overridden. */
export function makeTestPack(over: Partial<PackInput> = {}): Pack {
  return packSchemas().pack.parse({
    format: PACK_FORMAT,
    id: 'org.example.social',
    name: 'Example Health social media policy',
    version: 1,
    publishedAt: '2026-11-01T09:00:00Z',
    publisher: { name: 'Example Health Compliance' },
    extends: 'phi-guard.baseline',
    ...over,
  });
}
