import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PickerState } from '@/lib/content/store';
import {
  fillTemplate,
  filterTemplates,
  groupTemplates,
  situationLabel,
  templateValues,
  variableLabel,
  type InsertMode,
} from '@/lib/content/template-picker-model';
import { t } from '@/lib/i18n';
import { useFocusTrap } from './use-focus-trap';

interface TemplatePickerProps {
  state: PickerState;
  /** Values typed for missing variables earlier on this page, so they are asked once. */
  remembered: Readonly<Record<string, string>>;
  onRemember(values: Record<string, string>): void;
  onInsert(text: string, mode: InsertMode): void;
  onClose(): void;
}

/**
 * Approved replies, the ones for the comment being answered first (crisis first, with the escalation path),
 * searchable and keyboard driven: ↑/↓ choose, Enter inserts, Escape closes, Tab stays inside. A missing
 * variable is shown in the preview and asked for; nothing is inserted until every one has a value, so the
 * draft never gets a `{{...}}`.
 */
export function TemplatePicker({ state, remembered, onRemember, onInsert, onClose }: TemplatePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [typed, setTyped] = useState<Record<string, string>>(() => ({ ...remembered }));
  const [mode, setMode] = useState<InsertMode>(state.draftHasText ? 'caret' : 'replace');
  const [problem, setProblem] = useState<string | null>(null);
  const { ref: root, onKeyDown: trapKeys } = useFocusTrap<HTMLDivElement>(onClose);
  const search = useRef<HTMLInputElement>(null);

  const groups = useMemo(
    () => groupTemplates(state.templates, state.suggested, state.situations),
    [state.templates, state.suggested, state.situations],
  );
  const suggested = filterTemplates(groups.suggested, query);
  const rest = filterTemplates(groups.rest, query);
  const visible = [...suggested, ...rest];
  const index = Math.min(active, Math.max(visible.length - 1, 0));
  const chosen = visible[index];
  const values = templateValues(state.variables, state.commenterName, typed);
  const filled = chosen ? fillTemplate(chosen.body, values) : null;
  const crisis = state.situations.includes('crisis');

  useEffect(() => {
    root.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const insert = () => {
    if (!chosen || !filled) return;
    if (filled.text === null) {
      setProblem(t('pickerFillFirst', filled.missing.map(variableLabel).join(', ')));
      root.current?.querySelector<HTMLInputElement>(`[data-variable="${filled.missing[0]}"]`)?.focus();
      return;
    }
    onRemember(typed);
    onInsert(filled.text, mode);
  };

  const move = (delta: number) => {
    if (!visible.length) return;
    setActive((index + delta + visible.length) % visible.length);
    setProblem(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const inList = target === search.current || target.getAttribute('role') === 'listbox';
    if (trapKeys(event)) return;
    if (inList && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && (inList || target.dataset.variable)) {
      event.preventDefault();
      insert();
    }
  };

  const option = (template: (typeof visible)[number], i: number, isSuggested: boolean) => {
    // The situation is named only where the title does not already say it.
    const situations = template.situations
      .map(situationLabel)
      .filter((label) => label.toLowerCase() !== template.title.toLowerCase());
    return (
      <li
        key={template.id}
        id={`pg-template-${template.id}`}
        role="option"
        aria-selected={i === index}
        data-index={i}
        data-testid="phi-guard-template-option"
        data-template-id={template.id}
        data-suggested={isSuggested ? 'true' : 'false'}
        className="pg-option"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setActive(i);
          setProblem(null);
        }}
        onDoubleClick={insert}
      >
        <span className="pg-option-title">{template.title}</span>
        {situations.length ? <span className="pg-option-situation">{situations.join(' · ')}</span> : null}
      </li>
    );
  };

  // Variables of the chosen template that need (or were given) a typed value.
  const askFor = filled
    ? [...new Set(filled.parts.flatMap((p) => (p.kind === 'variable' && (p.value === null || p.name in typed) ? [p.name] : [])))]
    : [];

  return (
    <div className="pg-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={root}
        className="pg-dialog pg-picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pg-picker-title"
        data-testid="phi-guard-picker"
        onKeyDown={onKeyDown}
      >
        <div className="pg-panel-head">
          <strong id="pg-picker-title">{t('pickerTitle')}</strong>
          <button type="button" className="pg-close" aria-label={t('pickerClose')} onClick={onClose}>
            ×
          </button>
        </div>
        {crisis ? (
          <div className="pg-crisis" role="alert" data-testid="phi-guard-crisis-banner">
            <strong>{t('pickerCrisisLead')}</strong> {t('pickerCrisisFollow')}{' '}
            {/* When a pack names no escalation path of its own ({{escalationPath}}), the baseline's advice. */}
            {state.variables.escalationPath?.trim() || t('pickerCrisisDefaultPath')} {t('pickerCrisisTemplate')}
          </div>
        ) : null}
        <input
          ref={search}
          data-autofocus
          className="pg-search"
          type="search"
          role="combobox"
          aria-label={t('pickerSearchLabel')}
          aria-expanded="true"
          aria-controls="pg-template-list"
          aria-activedescendant={chosen ? `pg-template-${chosen.id}` : undefined}
          aria-autocomplete="list"
          placeholder={t('pickerSearchPlaceholder')}
          data-testid="phi-guard-template-search"
          value={query}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setActive(0);
            setProblem(null);
          }}
        />
        {state.loading ? <p className="pg-empty">{t('pickerLoading')}</p> : null}
        {state.error ? <p className="pg-error">{state.error}</p> : null}
        <ul id="pg-template-list" className="pg-options" role="listbox" aria-label={t('pickerListLabel')} tabIndex={-1}>
          {suggested.length ? (
            <li role="presentation" className="pg-group">
              {state.situations.length
                ? t('pickerGroupSuggestedFor', state.situations.map(situationLabel).join(', '))
                : t('pickerGroupSuggested')}
            </li>
          ) : null}
          {suggested.map((template, i) => option(template, i, true))}
          {rest.length && suggested.length ? (
            <li role="presentation" className="pg-group">
              {t('pickerGroupAll')}
            </li>
          ) : null}
          {rest.map((template, i) => option(template, suggested.length + i, false))}
          {!state.loading && !visible.length ? <li className="pg-empty">{t('pickerNoMatch', query)}</li> : null}
        </ul>
        {filled ? (
          <>
            <p className="pg-preview" role="group" data-testid="phi-guard-template-preview" aria-label={t('pickerPreviewLabel')}>
              {filled.parts.map((p, i) =>
                p.kind === 'text' ? (
                  <span key={i}>{p.text}</span>
                ) : p.value === null ? (
                  <mark key={i} className="pg-missing" data-missing={p.name}>
                    {t('pickerVariableMissing', variableLabel(p.name))}
                  </mark>
                ) : (
                  <mark key={i} className="pg-filled">
                    {p.value}
                  </mark>
                ),
              )}
            </p>
            {askFor.map((name) => (
              <label key={name} className="pg-variable">
                <span>{variableLabel(name)}</span>
                <input
                  type="text"
                  data-variable={name}
                  data-testid={`phi-guard-variable-${name}`}
                  aria-invalid={!values[name]?.trim()}
                  value={typed[name] ?? ''}
                  onInput={(e) => {
                    const value = (e.target as HTMLInputElement).value;
                    setTyped((prev) => ({ ...prev, [name]: value }));
                    setProblem(null);
                  }}
                />
              </label>
            ))}
          </>
        ) : null}
        <fieldset className="pg-mode">
          <legend className="pg-sr-only">{t('pickerModeLegend')}</legend>
          <label>
            <input type="radio" name="pg-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('pickerModeReplace')}
          </label>
          <label>
            <input type="radio" name="pg-mode" checked={mode === 'caret'} onChange={() => setMode('caret')} /> {t('pickerModeCaret')}
          </label>
        </fieldset>
        {problem ? (
          <p className="pg-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="pg-actions pg-dialog-actions">
          <button type="button" className="pg-button" onClick={onClose}>
            {t('pickerCancel')}
          </button>
          <button
            type="button"
            className="pg-button pg-primary"
            data-testid="phi-guard-template-insert"
            disabled={!chosen}
            onClick={insert}
          >
            {t('pickerInsert')}
          </button>
        </div>
        <p className="pg-hint">{t('pickerHint')}</p>

      </div>
    </div>
  );
}
