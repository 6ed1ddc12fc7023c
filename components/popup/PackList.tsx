import type { StatusResponse } from '@/lib/messaging/protocol';

const SIGNATURE_LABELS: Record<StatusResponse['packs'][number]['signature'], string> = {
  builtin: 'built in',
  verified: 'signature verified',
  unsigned: 'unsigned',
};

/** The policy packs in force, by name and version. */
export function PackList({ packs }: { packs: StatusResponse['packs'] }) {
  return (
    <section className="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{packs.length === 1 ? 'Policy pack' : 'Policy packs'}</h2>
      <ul data-testid="pack-list">
        {packs.map((pack) => (
          <li key={pack.id}>
            <span className="pack-name">{pack.name}</span>{' '}
            <span className="pack-meta">
              version {pack.version} · {SIGNATURE_LABELS[pack.signature]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
