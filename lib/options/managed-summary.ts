import type { ManagedPolicy } from '../background/managed-policy';

/**
 * What the organisation's enterprise policy sets, in words, for the "Managed by your organisation" banner,
 * and which parts of the options page it locks.
 */

export interface ManagedItem {
  key: string;
  label: string;
  value: string;
}

export function managedItems(policy: ManagedPolicy, setKeys: ReadonlySet<string>): ManagedItem[] {
  const items: ManagedItem[] = [];
  const add = (key: string, label: string, value: string) => {
    if (setKeys.has(key)) items.push({ key, label, value });
  };
  add('lock', 'Lock', policy.lock ? 'on: PHI Guard, its sites and the organisation’s packs cannot be switched off' : 'off');
  add('packUrls', 'Policy pack URLs', policy.packUrls.join(', ') || 'none');
  add('trustedKeys', 'Trusted signing keys', `${policy.trustedKeys?.keys.length ?? 0} key(s)`);
  add('inlinePack', 'Inline policy pack', 'set');
  add('refreshIntervalMinutes', 'Pack refresh interval', `${policy.refreshIntervalMinutes} minutes`);
  add('enabledSites', 'Sites always checked', policy.enabledSites.join(', ') || 'none');
  add('disabledSites', 'Sites never checked', policy.disabledSites.join(', ') || 'none');
  add('overrideReasonRequired', 'Reason required to override', policy.overrideReasonRequired ? 'yes' : 'no');
  add('auditEndpoint', 'Audit endpoint', policy.auditEndpoint ?? '');
  return items;
}

/** The policy's word on one site's switch: forced on, forced off, or the user's choice. */
export function managedSiteState(policy: ManagedPolicy, site: string): 'on' | 'off' | undefined {
  if (policy.disabledSites.includes(site)) return 'off';
  if (policy.enabledSites.includes(site)) return 'on';
  return undefined;
}
