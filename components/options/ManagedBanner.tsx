import { t } from '@/lib/i18n';
import { managedItems } from '@/lib/options/managed-summary';
import type { ManagedState } from './use-managed-policy';

/** "Managed by your organisation": what the enterprise policy sets, and which of its keys were ignored. */
export function ManagedBanner({ managed }: { managed: ManagedState }) {
  const items = managedItems(managed.policy, managed.setKeys);
  if (!items.length && !managed.problems.length) return null;
  return (
    <aside className="managed-banner" aria-labelledby="managed-title" data-testid="managed-banner">
      <h2 id="managed-title">{t('managedTitle')}</h2>
      <p>{managed.policy.lock ? t('managedLocked') : t('managedSome')}</p>
      {items.length ? (
        <dl className="managed-items">
          {items.map((item) => (
            <div key={item.key}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {managed.problems.length ? (
        <>
          <p>{t('managedIgnored')}</p>

          <ul>
            {managed.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
