import { useMemo, useState } from 'react';
import { SEVERITIES, type Severity } from '@/lib/engine/finding';
import { t } from '@/lib/i18n';
import { filterRules, removeRule, ruleViews, setRuleEnabled, setRuleSeverity } from '@/lib/options/org-pack';
import { SEVERITY_LABELS } from '../finding-labels';
import { useDraft } from './draft';
import { TermRuleForm } from './TermRuleForm';

/** Every rule the organisation pack ends up with: search, switch on or off, change severity, add term rules. */
export function RulesSection() {
  const draft = useDraft((s) => s.draft);
  const edit = useDraft((s) => s.edit);
  const [query, setQuery] = useState('');
  const views = useMemo(() => (draft ? ruleViews(draft) : []), [draft]);
  const shown = useMemo(() => filterRules(views, query), [views, query]);
  if (!draft) return null;

  return (
    <section aria-labelledby="rules-title" className="card">
      <h2 id="rules-title">{t('optionsNavRules')}</h2>
      <label className="search">
        {t('rulesSearchLabel')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('rulesSearchPlaceholder')} data-testid="rule-search" />
      </label>
      <p className="muted" aria-live="polite">
        {views.length === 1 ? t('rulesShownOne', String(shown.length)) : t('rulesShownMany', [String(shown.length), String(views.length)])}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="rules-title" tabIndex={0}>
        <table className="rules" data-testid="rules-table">
          <caption className="visually-hidden">{t('rulesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rulesColRule')}</th>
              <th scope="col">{t('rulesColKind')}</th>
              <th scope="col">{t('rulesColFrom')}</th>
              <th scope="col">{t('rulesColOn')}</th>
              <th scope="col">{t('rulesColSeverity')}</th>
              <th scope="col"><span className="visually-hidden">{t('rulesColActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ rule, origin, own, inherited, enabled }) => (
              <tr key={rule.id} data-testid={`rule-${rule.id}`}>
                <th scope="row">
                  <code>{rule.id}</code>
                  <div className="muted">{rule.message}</div>
                </th>
                <td>{rule.category} · {rule.type}</td>
                <td>{own ? t(inherited ? 'originChangedHere' : 'originThisPack') : origin}</td>
                <td>
                  <input
                    type="checkbox"
                    checked={enabled}
                    aria-label={t('rulesRuleOn', rule.id)}
                    onChange={(e) => edit((d) => setRuleEnabled(d, rule.id, e.target.checked))}
                  />
                </td>
                <td>
                  <select
                    value={rule.severity}
                    aria-label={t('rulesSeverityOf', rule.id)}
                    onChange={(e) => edit((d) => setRuleSeverity(d, rule.id, e.target.value as Severity))}
                  >
                    {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]}</option>)}
                  </select>
                </td>
                <td>
                  {own ? (
                    <button type="button" onClick={() => edit((d) => removeRule(d, rule.id))}>
                      {t(inherited ? 'rulesUndoChange' : 'rulesRemove')}<span className="visually-hidden"> {rule.id}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TermRuleForm />
    </section>
  );
}
