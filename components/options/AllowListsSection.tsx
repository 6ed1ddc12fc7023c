import { useEffect, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { inheritedPacks, linesOf, setAllowList, type AllowListKey } from '@/lib/options/org-pack';
import { useDraft } from './draft';

const LISTS: { key: AllowListKey; label: MessageKey; hint: MessageKey }[] = [
  { key: 'staffNames', label: 'allowStaffNames', hint: 'allowStaffNamesHint' },
  { key: 'publicNames', label: 'allowPublicNames', hint: 'allowPublicNamesHint' },
  { key: 'approvedDomains', label: 'allowApprovedDomains', hint: 'allowApprovedDomainsHint' },
  { key: 'terms', label: 'allowTerms', hint: 'allowTermsHint' },
];

/** The organisation pack's allow-lists, one entry per line, added to what the baseline allows. */
export function AllowListsSection() {
  const draft = useDraft((s) => s.draft);
  const edit = useDraft((s) => s.edit);
  if (!draft) return null;
  const inherited = inheritedPacks(draft);
  return (
    <section aria-labelledby="allow-title" className="card">
      <h2 id="allow-title">{t('optionsNavAllowLists')}</h2>
      <div className="grid two">
        {LISTS.map(({ key, label, hint }) => {
          const fromBase = inherited.reduce((n, p) => n + p.allowLists[key].length, 0);
          return (
            <ListEditor
              key={key}
              id={`allow-${key}`}
              label={t(label)}
              hint={
                fromBase === 0
                  ? t(hint)
                  : fromBase === 1
                    ? t('allowFromBaselineOne', t(hint))
                    : t('allowFromBaselineMany', [t(hint), String(fromBase)])
              }

              value={draft.allowLists[key]}
              onChange={(entries) => edit((d) => setAllowList(d, key, entries))}
            />
          );
        })}
      </div>
    </section>
  );
}

/**
 * A text area holding a list, one entry per line. It keeps what is typed (a trailing new line, a blank line)
 * while the pack gets the cleaned list, and follows the pack when it changes from elsewhere.
 */
function ListEditor({ id, label, hint, value, onChange }: { id: string; label: string; hint: string; value: readonly string[]; onChange(entries: string[]): void }) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    setText((typed) => (linesOf(typed).join('\n') === value.join('\n') ? typed : value.join('\n')));
  }, [value]);
  return (
    <div className="list-editor">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>{hint}</p>
      <textarea
        id={id}
        rows={5}
        value={text}
        aria-describedby={`${id}-hint`}
        data-testid={id}
        onChange={(e) => {
          setText(e.target.value);
          onChange(linesOf(e.target.value));
        }}
      />
    </div>
  );
}
