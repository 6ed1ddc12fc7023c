import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { getSettings, phiGuardDb, saveSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import { inheritedPacks, setVariable, templateViews } from '@/lib/options/org-pack';
import { variableNames } from '@/lib/options/template-preview';
import { richMessage } from '../rich-message';
import { useDraft } from './draft';

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** How a template body writes a variable: template syntax, the same in every language. */
const VARIABLE_SYNTAX = '{{name}}';

/**
 * Template variables: the organisation pack's values (saved with the pack, for everyone who uses it) and this
 * browser's own values, which take precedence for this user only.
 */
export function VariablesSection({ locked }: { locked: boolean }) {
  const draft = useDraft((s) => s.draft);
  const edit = useDraft((s) => s.edit);
  const db = phiGuardDb();
  const userValues = useLiveQuery(async () => (await getSettings(db)).variables, []);
  const [added, setAdded] = useState<string[]>([]);
  const [newName, setNewName] = useState('');
  const [nameError, setNameError] = useState<string>();

  const inherited = useMemo(
    () => Object.assign({}, ...(draft ? inheritedPacks(draft).map((p) => p.variables) : [])) as Record<string, string>,
    [draft],
  );
  const names = useMemo(() => {
    if (!draft) return [];
    const used = variableNames(templateViews(draft).map((v) => v.template.body));
    return [...new Set([...used, ...Object.keys(inherited), ...Object.keys(draft.variables), ...Object.keys(userValues ?? {}), ...added])].sort();
  }, [draft, inherited, userValues, added]);
  if (!draft) return null;

  const saveUserValue = async (name: string, value: string) => {
    const variables = { ...(await getSettings(db)).variables };
    if (value) variables[name] = value;
    else delete variables[name];
    await saveSettings(db, { variables });
  };
  const addName = (event: FormEvent) => {
    event.preventDefault();
    if (!NAME.test(newName)) {
      setNameError(t('variablesNameInvalid'));
      return;
    }
    setNameError(undefined);
    setAdded((a) => [...a, newName]);
    setNewName('');
  };

  return (
    <section aria-labelledby="variables-title" className="card">
      <h2 id="variables-title">{t('optionsNavVariables')}</h2>
      <p className="hint">{richMessage('variablesHint', <code>{VARIABLE_SYNTAX}</code>)}</p>
      <table className="variables" data-testid="variables-table">
        <caption className="visually-hidden">{t('variablesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('variablesColVariable')}</th>
            <th scope="col">{t('variablesColBaseline')}</th>
            <th scope="col">{t('variablesColOrgPack')}</th>
            <th scope="col">{t('variablesColYours')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row"><code>{name}</code></th>
              <td>{inherited[name] ?? '—'}</td>
              <td>
                <input
                  aria-label={t('variablesOrgValueLabel', name)}
                  value={draft.variables[name] ?? ''}
                  onChange={(e) => edit((d) => setVariable(d, name, e.target.value))}
                  data-testid={`variable-${name}`}
                />
              </td>
              <td>
                <UserValue name={name} stored={userValues?.[name] ?? ''} disabled={locked} onSave={(v) => void saveUserValue(name, v)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={addName} className="inline-form">
        <label>
          {t('variablesNewName')}
          <input value={newName} onChange={(e) => setNewName(e.target.value)} spellCheck={false} aria-invalid={Boolean(nameError)} />
        </label>
        <button type="submit">{t('variablesAdd')}</button>
        {nameError ? <p role="alert" className="error">{nameError}</p> : null}
      </form>
    </section>
  );
}

/** This browser's value of one variable, saved when the field loses focus. */
function UserValue({ name, stored, disabled, onSave }: { name: string; stored: string; disabled: boolean; onSave(value: string): void }) {
  const [text, setText] = useState<string>();
  return (
    <input
      aria-label={t('variablesYourValueLabel', name)}
      value={text ?? stored}
      disabled={disabled}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text !== undefined && text !== stored) onSave(text.trim());
        setText(undefined);
      }}
    />
  );
}
