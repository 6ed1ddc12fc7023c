import { t, type MessageKey } from '@/lib/i18n';
import type { StatusResponse } from '@/lib/messaging/protocol';

const SIGNATURE_LABELS: Record<StatusResponse['packs'][number]['signature'], MessageKey> = {
  builtin: 'popupSignatureBuiltin',
  verified: 'popupSignatureVerified',
  unsigned: 'popupSignatureUnsigned',
};

/** The policy packs in force, by name and version. */
export function PackList({ packs }: { packs: StatusResponse['packs'] }) {
  return (
    <section className="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t(packs.length === 1 ? 'popupPackHeading' : 'popupPacksHeading')}</h2>
      <ul data-testid="pack-list">
        {packs.map((pack) => (
          <li key={pack.id}>
            <span className="pack-name">{pack.name}</span>{' '}
            <span className="pack-meta">{t('popupPackMeta', [String(pack.version), t(SIGNATURE_LABELS[pack.signature])])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
