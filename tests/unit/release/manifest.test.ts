// The built store manifests (Chrome and Firefox MV3) against what PRIVACY.md tells an IT security review:
// the exact permissions, a content security policy without remote sources, no remote scripts in the pages,
// the Firefox add-on id and data-collection declaration, and names that resolve from _locales. Builds a
// browser's package first when it is missing (`npm test` builds both).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnglishMessages } from '../english-messages';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = {
  chrome: { dir: '.output/chrome-mv3', build: ['build'] },
  firefox: { dir: '.output/firefox-mv3', build: ['build', '-b', 'firefox', '--mv3'] },
} as const;
type Browser = keyof typeof PACKAGES;

/** The part of manifest.json these checks read. */
interface Manifest {
  name: string;
  description: string;
  version: string;
  default_locale?: string;
  action?: { default_title?: string };
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
}

const BUILT_IN_SITES = ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'];

function builtDir(browser: Browser): string {
  return join(ROOT, PACKAGES[browser].dir);
}

function readManifest(browser: Browser): Manifest {
  return JSON.parse(readFileSync(join(builtDir(browser), 'manifest.json'), 'utf8')) as Manifest;
}

/** Every permission and host pattern the manifest asks for, required or optional. */
function requested(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
}

/** The first cell of each row of PRIVACY.md's Permissions table, without backticks or "(optional)". */
function documentedPermissions(): string[] {
  const privacy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
  const section = privacy.split(/^## /m).find((part) => part.startsWith('Permissions'));
  if (!section) throw new Error('PRIVACY.md has no "## Permissions" section');
  return [...section.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1] ?? '');
}

/** `script-src 'self'; object-src 'self'` → { 'script-src': ["'self'"], … } */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(() => {
  for (const browser of Object.keys(PACKAGES) as Browser[]) {
    if (existsSync(join(builtDir(browser), 'manifest.json'))) continue;
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), [...PACKAGES[browser].build], { cwd: ROOT, stdio: 'ignore' });
  }
}, 180_000);

describe.each(Object.keys(PACKAGES) as Browser[])('the %s package', (browser) => {
  it('asks for exactly the permissions PRIVACY.md justifies', () => {
    expect(new Set(requested(readManifest(browser)))).toEqual(new Set(documentedPermissions()));
  });

  it('runs its content script only on the built-in sites, each of them a requested host', () => {
    const manifest = readManifest(browser);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(new Set(matches)).toEqual(new Set(BUILT_IN_SITES));
    expect(manifest.host_permissions ?? []).toEqual(expect.arrayContaining(BUILT_IN_SITES));
  });

  it('grants other sites only on request, and only over https', () => {
    const manifest = readManifest(browser);
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    for (const pattern of manifest.optional_host_permissions ?? []) expect(pattern).toMatch(/^https:\/\//);
  });

  it("allows only the extension's own scripts in its pages and worker", () => {
    const csp = readManifest(browser).content_security_policy ?? {};
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    const directives = parseCsp(csp.extension_pages ?? '');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, name).toMatch(/^'(self|none)'$/);
    }
  });

  it('loads no script from outside the package in any of its pages', () => {
    for (const page of filesIn(builtDir(browser), '.html')) {
      const html = readFileSync(page, 'utf8');
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
      for (const src of sources) expect(src, page).not.toMatch(/^(https?:)?\/\//);
    }
  });

  it('takes its name, description and button title from the English catalogue, within the store limits', () => {
    const manifest = readManifest(browser);
    const messages = readEnglishMessages();
    expect(manifest.default_locale).toBe('en');
    expect(existsSync(join(builtDir(browser), '_locales/en/messages.json'))).toBe(true);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.action?.default_title).toBe('__MSG_actionTitle__');
    // Chrome's manifest limits: name 75 characters, description 132.
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('the two packages', () => {
  it('carry the same version and ask for the same permissions', () => {
    const chrome = readManifest('chrome');
    const firefox = readManifest('firefox');
    expect(firefox.version).toBe(chrome.version);
    expect(new Set(requested(firefox))).toEqual(new Set(requested(chrome)));
  });
});

describe('the Firefox package', () => {
  it('has a fixed add-on id, which signing and Firefox enterprise policies need', () => {
    const gecko = readManifest('firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+$/);
  });

  it('declares that it collects no data, for a Firefox that reads the declaration', () => {
    const gecko = readManifest('firefox').browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // The declaration is read from Firefox 140; earlier versions refuse the key.
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  });
});
