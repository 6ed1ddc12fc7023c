import type { ManagedPolicy } from '../background/managed-policy';
import { t } from '../i18n';

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
  const list = (values: readonly string[]) => values.join(', ') || t('managedNone');
  const keys = policy.trustedKeys?.keys.length ?? 0;
  const minutes = policy.refreshIntervalMinutes;
  add('lock', t('managedItemLock'), policy.lock ? t('managedLockOn') : t('managedLockOff'));
  add('packUrls', t('managedItemPackUrls'), list(policy.packUrls));
  add('trustedKeys', t('managedItemTrustedKeys'), keys === 1 ? t('managedTrustedKeysOne') : t('managedTrustedKeysMany', String(keys)));
  add('inlinePack', t('managedItemInlinePack'), t('managedInlinePackSet'));
  add('refreshIntervalMinutes', t('managedItemRefresh'), minutes === 1 ? t('managedRefreshMinutesOne') : t('managedRefreshMinutesMany', String(minutes)));
  add('enabledSites', t('managedItemEnabledSites'), list(policy.enabledSites));
  add('disabledSites', t('managedItemDisabledSites'), list(policy.disabledSites));
  add('overrideReasonRequired', t('managedItemReasonRequired'), policy.overrideReasonRequired ? t('managedYes') : t('managedNo'));
  add('auditEndpoint', t('managedItemAuditEndpoint'), policy.auditEndpoint ?? '');
  return items;
}

/** The policy's word on one site's switch: forced on, forced off, or the user's choice. */
export function managedSiteState(policy: ManagedPolicy, site: string): 'on' | 'off' | undefined {
  if (policy.disabledSites.includes(site)) return 'off';
  if (policy.enabledSites.includes(site)) return 'on';
  return undefined;
}
