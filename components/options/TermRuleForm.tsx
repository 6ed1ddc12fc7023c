import { useState, type FormEvent } from 'react';
import { PHI_TYPES, POLICY_TYPES, SEVERITIES, type Severity } from '@/lib/engine/finding';
import { t } from '@/lib/i18n';
import { linesOf, putRule, termRule } from '@/lib/options/org-pack';
import { formatPath, packSchemas, type Rule } from '@/lib/policy/schema';
import { SEVERITY_LABELS, typeLabel } from '../finding-labels';
import { useDraft } from './draft';

/** Adds a rule that flags the organisation's own words or phrases (project names, ward names, ...). */
export function TermRuleForm() {
  const edit = useDraft((s) => s.edit);
  const [id, setId] = useState('org.');
  const [type, setType] = useState<Rule['type']>('professionalism');
  const [severity, setSeverity] = useState<Severity>('warn');
  const [terms, setTerms] = useState('');
  const [message, setMessage] = useState('');
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const rule = termRule({ id, type, severity, terms: linesOf(terms), message, explanation });
    // Checked on its own first, so the author hears about this rule here rather than at save time.
    const checked = packSchemas().rule.safeParse(rule);
    if (!checked.success) {
      setErrors(checked.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
      return;
    }
    setErrors([]);
    edit((d) => putRule(d, rule));
    setId('org.');
    setTerms('');
    setMessage('');
    setExplanation('');
  };

  return (
    <form className="term-rule" onSubmit={add} aria-labelledby="term-rule-title">
      <h3 id="term-rule-title">{t('termRuleHeading')}</h3>
      <div className="grid">
        <label>
          {t('termRuleId')}
          <input value={id} onChange={(e) => setId(e.target.value)} spellCheck={false} data-testid="term-rule-id" />
        </label>
        <label>
          {t('termRuleKind')}
          <select value={type} onChange={(e) => setType(e.target.value as Rule['type'])}>
            <optgroup label={t('termRuleGroupPolicy')}>
              {POLICY_TYPES.map((p) => <option key={p} value={p}>{typeLabel(p)}</option>)}
            </optgroup>
            <optgroup label={t('termRuleGroupPhi')}>
              {PHI_TYPES.map((p) => <option key={p} value={p}>{typeLabel(p)}</option>)}
            </optgroup>
          </select>
        </label>
        <label>
          {t('termRuleSeverity')}
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]}</option>)}
          </select>
        </label>
      </div>
      <label>
        {t('termRuleTerms')}
        <textarea rows={3} value={terms} onChange={(e) => setTerms(e.target.value)} data-testid="term-rule-terms" />
      </label>
      <label>
        {t('termRuleMessage')}
        <input value={message} onChange={(e) => setMessage(e.target.value)} data-testid="term-rule-message" />
      </label>
      <label>
        {t('termRuleExplanation')}
        <input value={explanation} onChange={(e) => setExplanation(e.target.value)} data-testid="term-rule-explanation" />
      </label>
      {errors.length ? (
        <ul role="alert" className="problems" data-testid="term-rule-problems">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      ) : null}
      <button type="submit" data-testid="add-term-rule">{t('termRuleAdd')}</button>
    </form>
  );
}
