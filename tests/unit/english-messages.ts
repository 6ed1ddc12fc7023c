// English UI strings for unit tests. WXT's fake browser has no i18n, so code that calls t() (lib/i18n.ts)
// would throw under vitest; installEnglishMessages() answers browser.i18n.getMessage from the default
// locale's messages.json the way the browser does for the placeholder syntax the project uses.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

// A path rather than a URL: under happy-dom the global URL is the DOM's, which readFileSync does not accept.
export const ENGLISH_MESSAGES_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales/en/messages.json');


export function readEnglishMessages(): Catalogue {
  return JSON.parse(readFileSync(ENGLISH_MESSAGES_PATH, 'utf8')) as Catalogue;
}

/**
 * The message as chrome.i18n.getMessage renders it: `$name$` is replaced by that placeholder's content, in
 * which `$1` … `$9` are the substitutions; `$$` is a literal `$`; an unknown key gives ''. Names are
 * case-insensitive, as in the browser.
 */
export function renderMessage(catalogue: Catalogue, key: string, substitutions: string | string[] = []): string {
  const entry = Object.entries(catalogue).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry) return '';
  const args = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content] as const),
  );
  const fill = (content: string) => content.replace(/\$([1-9])/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) =>
    name === undefined ? '$' : fill(placeholders.get(name.toLowerCase()) ?? match),
  );
}

/** Makes browser.i18n.getMessage answer in English for the rest of the test file. */
export function installEnglishMessages(): void {
  const catalogue = readEnglishMessages();
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    renderMessage(catalogue, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
}
