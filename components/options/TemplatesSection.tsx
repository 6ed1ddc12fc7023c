import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { situationLabel } from '@/lib/content/template-picker-model';
import { getSettings, phiGuardDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { inheritedPacks, putTemplate, removeTemplate, templateViews } from '@/lib/options/org-pack';
import { previewTemplate } from '@/lib/options/template-preview';
import { situationIds, packSchemas, formatPath, type Template } from '@/lib/policy/schema';
import { useDraft } from './draft';

const BLANK: Template = { id: 'org.', title: '', situations: [], body: '' };

/** Reply templates: pick one, edit it into the organisation pack, and preview it with the variables filled. */
export function TemplatesSection() {
  const draft = useDraft((s) => s.draft);
  const edit = useDraft((s) => s.edit);
  const userVariables = useLiveQuery(async () => (await getSettings(phiGuardDb())).variables, []);
  const views = useMemo(() => (draft ? templateViews(draft) : []), [draft]);
  const [selected, setSelected] = useState<string>('');
  const [form, setForm] = useState<Template>(BLANK);
  const [errors, setErrors] = useState<string[]>([]);
  if (!draft) return null;

  const values = {
    ...Object.assign({}, ...inheritedPacks(draft).map((p) => p.variables)),
    ...draft.variables,
    ...userVariables,
  } as Record<string, string>;
  const preview = previewTemplate(form.body, values);
  const current = views.find((v) => v.template.id === selected);

  const choose = (id: string) => {
    setSelected(id);
    setErrors([]);
    setForm(structuredClone(views.find((v) => v.template.id === id)?.template ?? BLANK));
  };
  const apply = () => {
    const checked = packSchemas().template.safeParse(form);
    if (!checked.success) {
      setErrors(checked.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
      return;
    }
    setErrors([]);
    edit((d) => putTemplate(d, checked.data));
    setSelected(checked.data.id);
  };
  const toggleSituation = (id: string, on: boolean) =>
    setForm((f) => ({ ...f, situations: on ? [...f.situations, id] : f.situations.filter((s) => s !== id) }));

  return (
    <section aria-labelledby="templates-title" className="card">
      <h2 id="templates-title">{t('optionsNavTemplates')}</h2>
      <label>
        {t('templatesSelectLabel')}
        <select value={selected} onChange={(e) => choose(e.target.value)} data-testid="template-select">
          <option value="">{t('templatesNew')}</option>
          {views.map((v) => (
            <option key={v.template.id} value={v.template.id}>
              {v.template.title} ({v.own ? t(v.overrides ? 'originChangedHere' : 'originThisPack') : v.origin})
            </option>
          ))}
        </select>
      </label>
      <div className="template-editor">
        <div>
          <div className="grid">
            <label>
              {t('templatesId')}
              <input value={form.id} readOnly={Boolean(current)} onChange={(e) => setForm({ ...form, id: e.target.value })} spellCheck={false} />
            </label>
            <label>
              {t('templatesTitleLabel')}
              <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
            </label>
          </div>
          <fieldset className="situations">
            <legend>{t('templatesSituationsLegend')}</legend>
            {situationIds.map((id) => (
              <label key={id} className="inline">
                <input type="checkbox" checked={form.situations.includes(id)} onChange={(e) => toggleSituation(id, e.target.checked)} />
                {situationLabel(id)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('templatesBodyLabel')}
            <textarea rows={5} value={form.body} onChange={(e) => setForm({ ...form, body: e.target.value })} data-testid="template-body" />
          </label>
          {errors.length ? (
            <ul role="alert" className="problems">
              {errors.map((e) => <li key={e}>{e}</li>)}
            </ul>
          ) : null}
          <div className="buttons">
            <button type="button" onClick={apply} data-testid="apply-template">
              {t(current ? 'templatesApply' : 'templatesAdd')}
            </button>
            {current?.own ? (
              <button type="button" onClick={() => { edit((d) => removeTemplate(d, form.id)); choose(''); }}>
                {t(current.overrides ? 'templatesUndoChange' : 'templatesRemove')}
              </button>
            ) : null}
          </div>
        </div>
        <div className="preview" aria-labelledby="preview-title">
          <h3 id="preview-title">{t('templatesPreviewHeading')}</h3>
          <p className="preview-text" data-testid="template-preview">{preview.text || '—'}</p>
          {preview.missing.length ? (
            <p className="muted">{t('templatesPreviewMissing')} {preview.missing.map((m) => <code key={m}>{m}</code>)}</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
