import type { PhiType, Severity } from '../engine/finding';
import type { CompiledPolicy } from '../engine/policy';
import {
  appendAudit,
  dismissFinding,
  DRAFT_STATE_TTL_MS,
  forgetDraft,
  type AuditEntry,
  type FindingAuditEntry,
} from '../db';
import type { FindingRef, PhotoIdentifier, RequestOf } from '../messaging/protocol';
import type { BackgroundContext } from './context';
import { hashValue } from './hash';

/**
 * Records what the user did with findings (fixed, overridden, submitted), or that a draft went out
 * unchecked. The matched words arrive only to be hashed here; they are dropped before anything is stored.
 */
export async function recordAuditEvent(ctx: BackgroundContext, request: RequestOf<'audit'>): Promise<number> {
  const now = ctx.now();
  let entries: AuditEntry[];
  if (request.kind === 'submitted-unchecked') {
    // No check ran, so no finding is known: one entry saying so, with nothing a finding would have.
    entries = [{ time: now, kind: 'submitted-unchecked', ruleId: 'guard.unchecked', ...where(request) }];
  } else {
    const { policy, salt } = await ctx.state.get();
    const reason = request.kind === 'overridden' ? reasonCode(policy, request.reason) : undefined;
    entries = await Promise.all(request.findings.map((ref) => auditEntry(ref, request.kind, now, salt, request, reason)));
  }
  const written = await appendAudit(ctx.db, entries);
  const submitted = request.kind === 'submitted' || request.kind === 'submitted-unchecked';
  if (submitted && request.draftKey) await forgetDraft(ctx.db, request.draftKey);
  return written;
}

/** What a `photo-warned` entry says for each identifier a photo notice names; the notice shows the same severities. */
const PHOTO_RULES: Record<PhotoIdentifier, { ruleId: string; type: PhiType; severity: Severity }> = {
  location: { ruleId: 'photo.location', type: 'location', severity: 'warn' },
  serial: { ruleId: 'photo.serial', type: 'device', severity: 'warn' },
  owner: { ruleId: 'photo.owner', type: 'name', severity: 'warn' },
  consent: { ruleId: 'photo.consent', type: 'photo', severity: 'info' },
};

/** Records a photo notice: one `photo-warned` entry per identifier it named, and nothing from the file. */
export async function recordPhotoWarning(ctx: BackgroundContext, request: RequestOf<'photoWarned'>): Promise<number> {
  const time = ctx.now();
  const identifiers = [...new Set(request.identifiers)];
  return appendAudit(
    ctx.db,
    identifiers.map((id) => ({ time, kind: 'photo-warned', ...PHOTO_RULES[id], category: 'phi', ...where(request) })),
  );
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
  kind: FindingAuditEntry['kind'],
  time: number,
  salt: string,
  request: { site?: string; surface?: AuditEntry['surface'] },
  reason: string | undefined,
): Promise<FindingAuditEntry> {
  return {
    time,
    kind,
    ruleId: ref.ruleId,
    type: ref.type,
    severity: ref.severity,
    category: ref.category,
    ...where(request),
    valueHash: await hashValue(salt, ref.value),
    ...(reason ? { reason } : {}),
  };
}

/** The site and kind of box an event happened in, where the sender knows them. */
function where(request: { site?: string; surface?: AuditEntry['surface'] }): Pick<AuditEntry, 'site' | 'surface'> {
  return {
    ...(request.site ? { site: request.site } : {}),
    ...(request.surface ? { surface: request.surface } : {}),
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
