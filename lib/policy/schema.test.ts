import { describe, expect, it } from 'vitest';
import { validatePack } from './schema';
import { baselinePack } from './baseline';

const minimal = {
  format: 'phi-guard.pack/1',
  id: 'org.example',
  name: 'Example',
  version: 3,
  publishedAt: '2026-10-01T00:00:00Z',
  publisher: { name: 'Example Health' },
};

describe('validatePack', () => {
  it('accepts a minimal pack and fills the defaults', () => {
    const result = validatePack(minimal);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.rules).toEqual([]);
  });

  it('accepts the built-in baseline pack as data', () => {
    expect(validatePack(JSON.parse(JSON.stringify(baselinePack()))).ok).toBe(true);
  });

  it('reports every problem with its JSON path', () => {
    const result = validatePack({
      ...minimal,
      version: 1.5,
      rules: [
        {
          id: 'r1', category: 'phi', type: 'misinformation', severity: 'block', message: 'm',
          explanation: 'e', match: { kind: 'terms', terms: [] },
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('version');
    expect(paths).toContain('rules[0].match.terms');
    expect(paths).toContain('rules[0].type');
  });

  it('rejects an unknown format name and duplicate rule ids', () => {
    expect(validatePack({ ...minimal, format: 'phi-guard.pack/9' }).ok).toBe(false);
    const rule = {
      id: 'dup', category: 'policy', type: 'promotion', severity: 'warn', message: 'm', explanation: 'e',
      match: { kind: 'terms', terms: ['best'] },
    };
    const result = validatePack({ ...minimal, rules: [rule, rule] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toEqual({ path: 'rules[1].id', message: 'duplicate id "dup"' });
  });

  it('rejects non-objects and absurd sizes without throwing', () => {
    expect(validatePack(null).ok).toBe(false);
    expect(validatePack('pack').ok).toBe(false);
    expect(validatePack({ ...minimal, name: 'x'.repeat(10_000) }).ok).toBe(false);
  });
});
