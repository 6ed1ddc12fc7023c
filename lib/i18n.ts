import { browser } from 'wxt/browser';
import type englishMessages from '@/public/_locales/en/messages.json';

/**
 * Every message id of the default locale (public/_locales/en/messages.json). A type only: the catalogue is
 * not bundled, the browser serves it. A key missing from the file fails type-checking, and
 * lib/i18n.test.ts checks the keys that appear as string literals in the source.
 */
export type MessageKey = keyof typeof englishMessages;

/**
 * The UI string `key` in the browser's language, falling back to English (the manifest's default_locale).
 * `substitutions` fill the message's placeholders in order ($1 … $9 in each placeholder's content). Works in
 * the background, extension pages and content scripts alike: the catalogue ships inside the extension.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
