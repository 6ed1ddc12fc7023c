import { useEffect, useState } from 'react';
import { OTHER_REASON, type OverrideChoice } from '@/lib/content/guard-decision';
import type { GuardDialogState } from '@/lib/content/store';
import { t } from '@/lib/i18n';
import { typeLabel } from './finding-labels';
import { useFocusTrap } from './use-focus-trap';

interface SubmitGuardDialogProps {
  state: GuardDialogState;
  onShown(): void;
  onReview(): void;
  onCancel(): void;
  onPostAnyway(choice: OverrideChoice): Promise<string | null>;
  onRetry(): void;
}

/**
 * Shown when the site's Post/Reply button or keyboard submit was held: what is wrong, "Review" (the default,
 * back to the first finding) or "Post anyway" with a reason when the policy asks for one. Focus stays inside
 * (Tab wraps), Escape closes and leaves the post held.
 */
export function SubmitGuardDialog({ state, onShown, onReview, onCancel, onPostAnyway, onRetry }: SubmitGuardDialogProps) {
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [freeText, setFreeText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ref: root, onKeyDown } = useFocusTrap<HTMLDivElement>(onCancel);
  const { settings } = state;

  useEffect(() => onShown(), []);
  useEffect(() => {
    if (overriding) root.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [overriding]);

  const confirm = async () => {
    setBusy(true);
    const outcome = await onPostAnyway({ reason, freeText });
    setBusy(false);
    setProblem(outcome);
  };

  const needsFreeText = reason === OTHER_REASON || !settings.overrideReasons.length;
  const title = state.kind === 'blocked' ? t('guardTitleBlocked') : t('guardTitleUnchecked');

  return (
    <div className="pg-backdrop">
      <div
        ref={root}
        className="pg-dialog pg-guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pg-guard-title"
        aria-describedby="pg-guard-description"
        data-testid="phi-guard-submit-dialog"
        onKeyDown={onKeyDown}
      >
        <strong id="pg-guard-title" className="pg-dialog-title">
          {title}
        </strong>
        {state.kind === 'blocked' ? (
          <>
            <p id="pg-guard-description" className="pg-explanation">
              {state.findings.length === 1 ? t('guardHeldOne') : t('guardHeldMany')}
            </p>
            <ul className="pg-guard-list">
              {state.findings.map((f) => (
                <li key={`${f.ruleId}:${f.start}:${f.end}`} data-testid="phi-guard-submit-finding">
                  <span className="pg-chip" data-severity={f.severity}>
                    {typeLabel(f.type)}
                  </span>{' '}
                  {f.message}: <q>{state.text.slice(f.start, f.end)}</q>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p id="pg-guard-description" className="pg-explanation">
            {t('guardUncheckedExplanation')}
          </p>
        )}
        {overriding ? (
          <fieldset className="pg-reasons" data-testid="phi-guard-override-reasons">
            <legend>{settings.overrideReasonRequired ? t('guardReasonRequired') : t('guardReasonOptional')}</legend>
            {settings.overrideReasons.map((r) => (
              <label key={r}>
                <input type="radio" name="pg-reason" checked={reason === r} onChange={() => setReason(r)} /> {r}
              </label>
            ))}
            {settings.overrideReasons.length ? (
              <label>
                <input type="radio" name="pg-reason" checked={reason === OTHER_REASON} onChange={() => setReason(OTHER_REASON)} /> {t('guardAnotherReason')}
              </label>
            ) : null}
            {needsFreeText ? (
              <label className="pg-variable">
                <span>{t('guardFreeTextLabel')}</span>
                <textarea
                  rows={2}
                  maxLength={500}
                  data-testid="phi-guard-override-text"
                  value={freeText}
                  onInput={(e) => setFreeText((e.target as HTMLTextAreaElement).value)}
                />
              </label>
            ) : null}
          </fieldset>
        ) : null}
        {problem ? (
          <p className="pg-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="pg-actions pg-dialog-actions">
          {state.kind === 'blocked' ? (
            <>
              <button type="button" className="pg-button pg-primary" data-autofocus data-testid="phi-guard-review" onClick={onReview}>
                {t('guardReview')}
              </button>
              {overriding ? (
                <button type="button" className="pg-button pg-danger" data-testid="phi-guard-confirm-override" disabled={busy} onClick={confirm}>
                  {t('guardPostWithReason')}
                </button>
              ) : (
                <button type="button" className="pg-button" data-testid="phi-guard-post-anyway" onClick={() => setOverriding(true)}>
                  {t('guardPostAnyway')}
                </button>
              )}
            </>
          ) : (
            <>
              <button type="button" className="pg-button pg-primary" data-autofocus onClick={onRetry}>
                {t('guardTryAgain')}
              </button>
              <button type="button" className="pg-button" onClick={onCancel}>
                {t('guardClose')}

              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
