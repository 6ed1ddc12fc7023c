import { useState, type FormEvent } from 'react';
import { PHI_TYPES, POLICY_TYPES, SEVERITIES, type Severity } from '@/lib/engine/finding';
import { linesOf, putRule, termRule } from '@/lib/options/org-pack';
import { formatPath, ruleSchema, type Rule } from '@/lib/policy/schema';
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
    const checked = ruleSchema.safeParse(rule);
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
      <h3 id="term-rule-title">Add a term rule</h3>
      <div className="grid">
        <label>
          Rule id
          <input value={id} onChange={(e) => setId(e.target.value)} spellCheck={false} data-testid="term-rule-id" />
        </label>
        <label>
          Kind
          <select value={type} onChange={(e) => setType(e.target.value as Rule['type'])}>
            <optgroup label="Policy">
              {POLICY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
            </optgroup>
            <optgroup label="Patient information (PHI)">
              {PHI_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
            </optgroup>
          </select>
        </label>
        <label>
          Severity
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
      </div>
      <label>
        Words or phrases, one per line
        <textarea rows={3} value={terms} onChange={(e) => setTerms(e.target.value)} data-testid="term-rule-terms" />
      </label>
      <label>
        Message shown to the writer
        <input value={message} onChange={(e) => setMessage(e.target.value)} data-testid="term-rule-message" />
      </label>
      <label>
        Why (your policy reference)
        <input value={explanation} onChange={(e) => setExplanation(e.target.value)} data-testid="term-rule-explanation" />
      </label>
      {errors.length ? (
        <ul role="alert" className="problems" data-testid="term-rule-problems">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      ) : null}
      <button type="submit" data-testid="add-term-rule">Add rule</button>
    </form>
  );
}
