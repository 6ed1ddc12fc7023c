import { describe, it, expect } from 'vitest';
import { packCompileProblems, parsePackText } from './load';
import { PACK_FORMAT, type Pack } from './schema';

const minimal = {
  format: PACK_FORMAT,
  id: 'org.example',
  name: 'Example clinic',
  version: 3,
  publishedAt: '2026-11-01T00:00:00Z',
  publisher: { name: 'Example clinic' },
};
const rule = (id: string, pattern: string) => ({
  id,
  category: 'policy',
  type: 'promotion',
  severity: 'warn',
  message: 'Avoid this phrase.',
  explanation: 'Our communications policy, section 2.',
  match: { kind: 'regex', pattern },
});

function parsed(text: string): Pack {
  const result = parsePackText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

describe('parsePackText', () => {
  it('accepts a minimal pack and fills the defaults', () => {
    const pack = parsed(JSON.stringify(minimal));
    expect(pack.id).toBe('org.example');
    expect(pack.rules).toEqual([]);
  });

  it('reports text that is not JSON at the root', () => {
    const result = parsePackText('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: '(root)', message: expect.stringMatching(/^not valid JSON/) });
  });

  it('reports every schema problem with its JSON path', () => {
    const result = parsePackText(JSON.stringify({ ...minimal, version: 0, rules: [{ ...rule('a', 'x'), severity: 'loud' }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['rules[0].severity', 'version']);
  });
});

describe('packCompileProblems', () => {
  it('is empty for a pack whose rules all compile', () => {
    expect(packCompileProblems(parsed(JSON.stringify({ ...minimal, rules: [rule('ok', 'best (care|doctor)')] })))).toEqual([]);
  });

  it('names the rule whose regex the linear-time engine refuses', () => {
    const pack = parsed(JSON.stringify({ ...minimal, rules: [rule('fine', 'cure'), rule('lookahead', 'cure(?=s)')] }));
    const problems = packCompileProblems(pack);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'rules[1].match', message: expect.stringMatching(/regex refused/) });
  });

  it('reports an extends that names a pack nobody loaded', () => {
    const problems = packCompileProblems(parsed(JSON.stringify({ ...minimal, extends: 'org.elsewhere' })));
    expect(problems).toEqual([{ path: 'extends', message: expect.stringContaining('org.elsewhere') }]);
  });
});
