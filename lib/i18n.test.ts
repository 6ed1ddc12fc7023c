import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { installEnglishMessages, readEnglishMessages, renderMessage, type Catalogue } from '../tests/unit/english-messages';
import { t } from './i18n';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
const catalogue = readEnglishMessages();

/** Every source file that can name a message id: code outside tests, HTML pages, and the WXT config. */
function sourceFiles(): string[] {
  const files: string[] = [join(ROOT, 'wxt.config.ts')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(ROOT, dir));
  return files;
}

function sourceTexts(): string[] {
  return sourceFiles().map((file) => readFileSync(file, 'utf8'));
}

/** Message ids the source names literally: t('id'), richMessage('id'), getMessage('id') and __MSG_id__ in HTML and the config. */
function referencedKeys(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (key: string, file: string) => found.set(key, [...(found.get(key) ?? []), relative(ROOT, file)]);
  const scan = (file: string) => {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?<![\w$.])(?:t|richMessage)\(\s*(['"`])([^'"`$]*)\1/g)) note(m[2] ?? '', file);
    for (const m of text.matchAll(/\bgetMessage\(\s*(['"`])([^'"`$]*)\1/g)) note(m[2] ?? '', file);
    for (const m of text.matchAll(/__MSG_(\w+)__/g)) note(m[1] ?? '', file);
  };
  for (const file of sourceFiles()) scan(file);
  return found;
}

describe('the English message catalogue', () => {
  it('has an entry, in any case, for every message id the source refers to', () => {
    const known = new Set(Object.keys(catalogue).map((k) => k.toLowerCase()));
    const references = referencedKeys();
    // The manifest's own strings are always among them, so the scan cannot pass by finding nothing.
    expect([...references.keys()]).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    const missing = [...references].filter(([key]) => !key.startsWith('@@') && !known.has(key.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('has no entry the source never names, so translators translate only what is shown', () => {
    // A key is named where it is written as a string: t('id'), a table of MessageKey values, __MSG_id__.
    const source = sourceTexts().join('\n');
    const quoted = [...source.matchAll(/(['"`])([A-Za-z0-9_]+)\1/g)].map((m) => m[2] ?? '');
    const manifest = [...source.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    const named = new Set([...quoted, ...manifest].map((key) => key.toLowerCase()));
    expect(Object.keys(catalogue).filter((key) => !named.has(key.toLowerCase()))).toEqual([]);
  });

  it('uses only ids the browser accepts, each once regardless of case', () => {
    const ids = Object.keys(catalogue);
    for (const id of ids) expect(id, id).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
  });

  it('gives every entry a message and a description for translators', () => {
    for (const [id, entry] of Object.entries(catalogue)) {
      expect(entry.message, id).toMatch(/\S/);
      expect(entry.description, id).toMatch(/\S/);
    }
  });

  it('defines every placeholder a message uses and uses every one it defines', () => {
    for (const [id, entry] of Object.entries(catalogue) as [string, Catalogue[string]][]) {
      const used = [...entry.message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      expect(new Set(used), id).toEqual(new Set(defined));
      // Positional $1 belongs in a placeholder's content, where translators see its name and example.
      expect(entry.message.replaceAll('$$', ''), id).not.toMatch(/\$[1-9]/);
    }
  });
});

describe('t', () => {
  beforeAll(installEnglishMessages);

  it('returns the English message for a key', () => {
    expect(t('extName')).toBe('PHI Guard');
  });

  it('fills named placeholders from the substitutions in order', () => {
    const sample: Catalogue = {
      found: {
        message: 'Found $COUNT$ on $site$ (costs $$0)',
        description: 'test',
        placeholders: { count: { content: '$1' }, site: { content: '$2' } },
      },
    };
    expect(renderMessage(sample, 'found', ['3 problems', 'x.com'])).toBe('Found 3 problems on x.com (costs $0)');
    expect(renderMessage(sample, 'FOUND', '1 problem')).toBe('Found 1 problem on  (costs $0)');
    expect(renderMessage(sample, 'absent')).toBe('');
  });
});
