import { z } from 'zod';
import type { PhiGuardDb, QueuedAuditEntry } from './database';

/**
 * The queue of audit entries for the organisation's audit endpoint. Entries are copied from the audit log in
 * `seq` order (a cursor remembers how far), removed only when the endpoint acknowledges them, and the queue is
 * capped: when the endpoint stays down, the oldest entries are dropped and counted, so the queue cannot fill
 * the disk.
 */

const STATE_KEY = 'auditExport';

export const auditExportStateSchema = z.object({
  /** Highest audit `seq` copied into the queue. */
  queuedThroughSeq: z.number().int().nonnegative(),
  /** Entries dropped from a full queue, never delivered. */
  dropped: z.number().int().nonnegative(),
  delivered: z.number().int().nonnegative(),
  /** Failed deliveries in a row; drives the back-off. */
  failures: z.number().int().nonnegative(),
  lastAttemptAt: z.number().optional(),
  lastDeliveredAt: z.number().optional(),
  /** Why the last delivery failed (status code or network error), for the options page. */
  lastError: z.string().max(300).optional(),
  nextAttemptAt: z.number().optional(),
  /** Random id of this installation, sent as the OpenTelemetry `service.instance.id`. */
  instanceId: z.string().min(1).max(100).optional(),
});
export type AuditExportState = z.infer<typeof auditExportStateSchema>;

const INITIAL_STATE: AuditExportState = { queuedThroughSeq: 0, dropped: 0, delivered: 0, failures: 0 };

export async function auditExportState(db: PhiGuardDb): Promise<AuditExportState> {
  const parsed = auditExportStateSchema.safeParse((await db.settings.get(STATE_KEY))?.value);
  return parsed.success ? parsed.data : { ...INITIAL_STATE };
}

export async function saveAuditExportState(db: PhiGuardDb, patch: Partial<AuditExportState>): Promise<AuditExportState> {
  return db.transaction('rw', db.settings, async () => {
    const next = auditExportStateSchema.parse({ ...(await auditExportState(db)), ...patch });
    await db.settings.put({ key: STATE_KEY, value: next });
    return next;
  });
}

/**
 * Copies audit entries written since the last call into the queue (at most `max` newest of them), then drops
 * the oldest queued entries beyond `max`. Returns how many were queued and dropped.
 */
export async function queueNewAuditEntries(db: PhiGuardDb, max: number): Promise<{ queued: number; dropped: number }> {
  return db.transaction('rw', db.audit, db.auditOutbox, db.settings, async () => {
    const state = await auditExportState(db);
    const fresh = await db.audit.where('seq').above(state.queuedThroughSeq).reverse().limit(max).toArray();
    const skipped = fresh.length ? (await db.audit.where('seq').above(state.queuedThroughSeq).count()) - fresh.length : 0;
    const queued = fresh.filter((entry): entry is QueuedAuditEntry => entry.seq !== undefined);
    await db.auditOutbox.bulkPut(queued);
    const excess = (await db.auditOutbox.count()) - max;
    if (excess > 0) {
      const oldest = await db.auditOutbox.orderBy('seq').limit(excess).primaryKeys();
      await db.auditOutbox.bulkDelete(oldest);
    }
    const dropped = skipped + Math.max(0, excess);
    const last = queued[0]?.seq;
    if (last !== undefined || dropped) {
      await saveAuditExportState(db, {
        queuedThroughSeq: Math.max(state.queuedThroughSeq, last ?? 0),
        dropped: state.dropped + dropped,
      });
    }
    return { queued: queued.length, dropped };
  });
}

/** The oldest queued entries, in `seq` order. */
export async function outboxBatch(db: PhiGuardDb, size: number): Promise<QueuedAuditEntry[]> {
  return db.auditOutbox.orderBy('seq').limit(size).toArray();
}

export async function outboxSize(db: PhiGuardDb): Promise<number> {
  return db.auditOutbox.count();
}

/** Removes entries the endpoint acknowledged and counts them as delivered. */
export async function acknowledgeAuditEntries(db: PhiGuardDb, seqs: readonly number[], now: number): Promise<void> {
  await db.transaction('rw', db.auditOutbox, db.settings, async () => {
    await db.auditOutbox.bulkDelete([...seqs]);
    const state = await auditExportState(db);
    await saveAuditExportState(db, { delivered: state.delivered + seqs.length, lastDeliveredAt: now });
  });
}
