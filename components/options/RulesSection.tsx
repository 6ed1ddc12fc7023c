import { useMemo, useState } from 'react';
import { SEVERITIES, type Severity } from '@/lib/engine/finding';
import { filterRules, removeRule, ruleViews, setRuleEnabled, setRuleSeverity } from '@/lib/options/org-pack';
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
      <h2 id="rules-title">Rules</h2>
      <label className="search">
        Search rules
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="id, type, message or term" data-testid="rule-search" />
      </label>
      <p className="muted" aria-live="polite">{shown.length} of {views.length} rules</p>
      <div className="table-scroll" role="region" aria-labelledby="rules-title" tabIndex={0}>
        <table className="rules" data-testid="rules-table">
          <caption className="visually-hidden">Rules of the organisation pack</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Kind</th>
              <th scope="col">From</th>
              <th scope="col">On</th>
              <th scope="col">Severity</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
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
                <td>{own ? (inherited ? 'changed here' : 'this pack') : origin}</td>
                <td>
                  <input
                    type="checkbox"
                    checked={enabled}
                    aria-label={`Rule ${rule.id} on`}
                    onChange={(e) => edit((d) => setRuleEnabled(d, rule.id, e.target.checked))}
                  />
                </td>
                <td>
                  <select
                    value={rule.severity}
                    aria-label={`Severity of ${rule.id}`}
                    onChange={(e) => edit((d) => setRuleSeverity(d, rule.id, e.target.value as Severity))}
                  >
                    {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
                  </select>
                </td>
                <td>
                  {own ? (
                    <button type="button" onClick={() => edit((d) => removeRule(d, rule.id))}>
                      {inherited ? 'Undo change' : 'Remove'}<span className="visually-hidden"> {rule.id}</span>
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
