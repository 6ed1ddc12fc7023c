import type { CompiledPolicy } from '../engine/policy';
import {
  appendAudit,
  dismissFinding,
  DRAFT_STATE_TTL_MS,
  forgetDraft,
  type AuditEntry,
  type AuditKind,
} from '../db';
import type { FindingRef, RequestOf } from '../messaging/protocol';
import type { BackgroundContext } from './context';
import { hashValue } from './hash';

/**
 * Records what the user did with findings (fixed, overridden, submitted). The matched words arrive only to be
 * hashed here; they are dropped before anything is stored.
 */
export async function recordAuditEvent(ctx: BackgroundContext, request: RequestOf<'audit'>): Promise<number> {
  const { policy, salt } = await ctx.state.get();
  const now = ctx.now();
  const reason = request.kind === 'overridden' ? reasonCode(policy, request.reason) : undefined;
  const entries = await Promise.all(
    request.findings.map((ref) => auditEntry(ref, request.kind, now, salt, request, reason)),
  );
  const written = await appendAudit(ctx.db, entries);
  if (request.kind === 'submitted' && request.draftKey) await forgetDraft(ctx.db, request.draftKey);
  return written;
}

/** "Ignore once": hides the finding in this draft across re-checks, and logs the dismissal. */
export async function dismissInDraft(ctx: BackgroundContext, request: RequestOf<'dismiss'>): Promise<void> {
  const { policy, salt } = await ctx.state.get();
  const now = ctx.now();
  const entry = await auditEntry(request.finding, 'dismissed', now, salt, request, reasonCode(policy, request.reason));
  await dismissFinding(
    ctx.db,
    { draftKey: request.draftKey, ruleId: entry.ruleId, valueHash: entry.valueHash },
    now + DRAFT_STATE_TTL_MS,
  );
  await appendAudit(ctx.db, [entry]);
}

async function auditEntry(
  ref: FindingRef,
  kind: AuditKind,
  time: number,
  salt: string,
  where: { site?: string; surface?: AuditEntry['surface'] },
  reason: string | undefined,
): Promise<AuditEntry> {
  return {
    time,
    kind,
    ruleId: ref.ruleId,
    type: ref.type,
    severity: ref.severity,
    category: ref.category,
    ...(where.site ? { site: where.site } : {}),
    ...(where.surface ? { surface: where.surface } : {}),
    valueHash: await hashValue(salt, ref.value),
    ...(reason ? { reason } : {}),
  };
}

/**
 * Only the policy's own override reasons are stored verbatim; anything else (free text could name a patient)
 * is stored as `other`.
 */
function reasonCode(policy: CompiledPolicy, reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  return policy.settings.overrideReasons.includes(reason) ? reason : 'other';
}
