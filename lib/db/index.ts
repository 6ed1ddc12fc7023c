/** The extension's storage: open it with `phiGuardDb()` in the background or an extension page, never in a content script. */
export * from './database';
export * from './settings';
export * from './packs';
export * from './audit';
export * from './drafts';
