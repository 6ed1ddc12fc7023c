/** The background service worker's services; `entrypoints/background.ts` only wires these up. */
export { createBackgroundContext, type BackgroundContext } from './context';
export { ActiveStateCache, type ActiveState } from './active-state';
export { createRouter, registerRouter, extensionIdentity, isTrustedSender, type Router, type Identity } from './router';
export { prepareStorage } from './install';
export { warmUp } from './warm-up';
export { hashValue } from './hash';
export { startPackSync, PackSync, PACK_SYNC_ALARM } from './pack-sync';
export { startAuditExport, AuditExporter, AUDIT_EXPORT_ALARM } from './audit-export';
export { readManagedPolicy, parseManagedPolicy, MANAGED_POLICY_KEYS } from './managed-policy';
export { startGenericSites } from './generic-sites';
export { forgetTabsThatLeave } from './tab-findings';
