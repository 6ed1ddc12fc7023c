import { checkWithReport, type CheckReport } from '../engine/check';
import { classifySituation } from '../engine/situation';
import type { Finding } from '../engine/finding';
import { appendShownOnce, dismissalsFor, type FindingAuditEntry } from '../db';
import type { CheckResponse, ErrorResponse, RequestOf } from '../messaging/protocol';
import { t } from '../i18n';
import type { BackgroundContext } from './context';
import { hashValue } from './hash';
import { isSiteEnabled } from './site-switch';
import { suggestTemplates, templateVariables } from './templates';
import { markWake } from './wake-timeline';

/**
 * Checks one draft: runs the engine with the active policy, drops the findings the user dismissed in this
 * draft, logs the new ones as `shown` (once per draft), and adds templates for the situation. The draft text
 * goes nowhere but the engine: errors and logs carry rule ids only. A screening (text checked before it is
 * stored, not a draft the user sees findings on) logs nothing.
 */
export async function checkDraft(
  ctx: BackgroundContext,
  request: RequestOf<'check'>,
): Promise<CheckResponse | ErrorResponse> {
  const { text, context, draftKey } = request;
  const { policy, settings, salt, enginesLoading } = await (request.complete ? ctx.state.complete() : ctx.state.get());
  if (!isSiteEnabled(settings, policy, context.site)) {
    return { ok: true, enabled: false, findings: [], policyKey: policy.key, failedRules: [] };
  }

  // Read from IndexedDB while the engine runs: the read does not wait for the check, nor the check for it.
  const now = ctx.now();
  const dismissals = dismissalsFor(ctx.db, draftKey, now);
  dismissals.catch(() => undefined);
  let report: CheckReport;
  let situations: string[] | undefined;
  try {
    report = checkWithReport(text, context, policy);
    ctx.engineWarm = true;
    markWake('engineWarm');
    situations = context.replyTo ? classifySituation(context.replyTo, policy) : undefined;
  } catch {
    // The error may quote the draft, so it is neither logged nor passed on.
    console.warn('PHI Guard: the check failed', { policyKey: policy.key });
    return { ok: false, error: { code: 'check-failed', message: t('checkFailedMessage') } };
  }
  if (report.failedRules.length) console.warn('PHI Guard: rules failed on a draft', report.failedRules);

  const [hashes, dismissedNow] = await Promise.all([
    Promise.all(report.findings.map((f) => hashValue(salt, text.slice(f.start, f.end)))),
    dismissals,
  ]);
  const dismissed = new Set(dismissedNow.map((d) => findingKey(d.ruleId, d.valueHash)));
  const findings: Finding[] = [];
  const shown: FindingAuditEntry[] = [];
  report.findings.forEach((finding, i) => {
    const valueHash = hashes[i]!;
    if (dismissed.has(findingKey(finding.ruleId, valueHash))) return;
    findings.push(finding);
    shown.push({
      time: now,
      kind: 'shown',
      ruleId: finding.ruleId,
      type: finding.type,
      severity: finding.severity,
      category: finding.category,
      ...(context.site ? { site: context.site } : {}),
      ...(context.surface ? { surface: context.surface } : {}),
      valueHash,
    });
  });
  // Logged after the reply: on a woken worker the first write would otherwise delay the findings.
  if (!request.screening) ctx.deferred.add('logging shown findings', appendShownOnce(ctx.db, draftKey, shown, now));

  const response: CheckResponse = {
    ok: true,
    enabled: true,
    findings,
    policyKey: policy.key,
    failedRules: report.failedRules,
  };
  if (enginesLoading.length) response.incomplete = true;
  if (situations) response.situations = situations;
  const templates = suggestTemplates(policy, situations ?? [], findings, context.site);
  if (templates.length) {
    response.suggestedTemplates = templates;
    response.variables = templateVariables(policy, settings);
  }
  return response;
}

function findingKey(ruleId: string, valueHash: string): string {
  return `${ruleId}\u0000${valueHash}`;
}
