import type { Finding } from '../engine/finding';
import { t } from '../i18n';
import type { StatusResponse } from '../messaging/protocol';

/**
 * The pre-submit guard's decisions, kept apart from the DOM: whether a submit attempt goes through, waits for
 * a check, is held for review, or — when PHI Guard itself cannot do its job — follows the policy's fail mode.
 */
export type GuardSettings = StatusResponse['guard'];

/** Where the composer's check stands at the moment of the attempt. */
export type CheckState = 'current' | 'pending' | 'failed';

export type SubmitVerdict =
  /** Let the site post; `findings` are those it goes out with (warnings the user saw), for the audit log. */
  | { action: 'allow'; findings: Finding[] }
  /** Hold the attempt, check the draft as it is now, and decide again. */
  | { action: 'wait' }
  /** Hold the attempt and show what blocks it. */
  | { action: 'hold'; blocking: Finding[] }
  /** PHI Guard could not check or could not show its dialog: post, and record that it went out unchecked. */
  | { action: 'fail-open' }
  /** PHI Guard could not check or could not show its dialog, and the policy says hold: say so plainly. */
  | { action: 'fail-closed' };

export interface SubmitAttempt {
  /** Null when the background's guard settings could not be read: the schema's defaults apply. */
  settings: GuardSettings | null;
  findings: readonly Finding[];
  check: CheckState;
  /** False when the guard's dialog cannot be shown (the page UI failed to load or to render). */
  uiAvailable: boolean;
}

/** The pack schema's defaults: hold on block findings, and fail open. */
export const DEFAULT_GUARD: GuardSettings = {
  blockOnSubmit: true,
  overrideReasonRequired: true,
  overrideReasons: [],
  failMode: 'open',
};

export function decideSubmit({ settings, findings, check, uiAvailable }: SubmitAttempt): SubmitVerdict {
  const guard = settings ?? DEFAULT_GUARD;
  if (!guard.blockOnSubmit) return { action: 'allow', findings: [...findings] };
  if (check === 'pending') return { action: 'wait' };
  if (check === 'failed') return { action: guard.failMode === 'open' ? 'fail-open' : 'fail-closed' };
  const blocking = findings.filter((f) => f.severity === 'block');
  if (!blocking.length) return { action: 'allow', findings: [...findings] };
  if (!uiAvailable) return { action: guard.failMode === 'open' ? 'fail-open' : 'fail-closed' };
  return { action: 'hold', blocking };
}

/** The "Other" choice in the reason list: the user describes the reason in their own words. */
export const OTHER_REASON = 'other';

export interface OverrideChoice {
  /** One of the policy's reasons, `OTHER_REASON`, or null when none is chosen. */
  reason: string | null;
  freeText: string;
}

/**
 * Why "Post anyway" cannot go ahead yet, or null when it can. The free text is screened for PHI separately
 * (through the engine) before it is sent anywhere.
 */
export function overrideProblem(settings: GuardSettings, choice: OverrideChoice): string | null {
  const free = choice.freeText.trim();
  const listed = choice.reason !== null && choice.reason !== OTHER_REASON && settings.overrideReasons.includes(choice.reason);
  if (!settings.overrideReasonRequired) return null;
  if (listed) return null;
  if (choice.reason === OTHER_REASON || !settings.overrideReasons.length) {
    return free ? null : t('guardReasonDescribe');
  }
  return t('guardReasonChoose');
}

/** The reason sent with the `overridden` audit entry (the background keeps only listed reasons verbatim). */
export function overrideReason(choice: OverrideChoice): string | undefined {
  if (choice.reason && choice.reason !== OTHER_REASON) return choice.reason;
  const free = choice.freeText.trim();
  return free ? free.slice(0, 500) : choice.reason === OTHER_REASON ? OTHER_REASON : undefined;
}
