import type { Dismissal, DraftFindingKey, FindingAuditEntry, PhiGuardDb } from './database';

/** How long "ignore once" lasts for a draft nobody submits, and how long a draft's `shown` marks are kept. */
export const DRAFT_STATE_TTL_MS = 24 * 60 * 60 * 1000;

/** Records "ignore once" for one finding in one draft. */
export async function dismissFinding(db: PhiGuardDb, key: DraftFindingKey, until: number): Promise<void> {
  await db.dismissals.put({ ...key, until });
}

/** The draft's dismissals still in force at `now`. */
export async function dismissalsFor(db: PhiGuardDb, draftKey: string, now: number): Promise<Dismissal[]> {
  const rows = await db.dismissals.where('draftKey').equals(draftKey).toArray();
  return rows.filter((row) => row.until > now);
}

/**
 * Appends the `shown` entries whose finding (rule + value hash) has not been logged for this draft yet, and
 * marks them logged, in one transaction: a draft re-checked on every pause in typing logs each finding once.
 * Returns how many were written.
 */
export async function appendShownOnce(
  db: PhiGuardDb,
  draftKey: string,
  entries: readonly FindingAuditEntry[],
  now: number,
): Promise<number> {
  if (!entries.length) return 0;
  return db.transaction('rw', db.shownFindings, db.audit, async () => {
    const keys = entries.map((e): [string, string, string] => [draftKey, e.ruleId, e.valueHash]);
    const marks = await db.shownFindings.bulkGet(keys);
    const seen = new Set<string>();
    const fresh = entries.filter((entry, i) => {
      const id = `${entry.ruleId}\u0000${entry.valueHash}`;
      if (marks[i] || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (!fresh.length) return 0;
    await db.shownFindings.bulkPut(
      fresh.map((e) => ({ draftKey, ruleId: e.ruleId, valueHash: e.valueHash, at: now })),
    );
    await db.audit.bulkAdd(fresh.map(({ seq: _ignored, ...entry }) => entry));
    return fresh.length;
  });
}

/** Forgets a draft's dismissals and `shown` marks (after it is submitted, the composer starts a new draft). */
export async function forgetDraft(db: PhiGuardDb, draftKey: string): Promise<void> {
  await db.transaction('rw', db.dismissals, db.shownFindings, async () => {
    await db.dismissals.where('draftKey').equals(draftKey).delete();
    await db.shownFindings.where('draftKey').equals(draftKey).delete();
  });
}

/** Deletes expired dismissals and old `shown` marks of drafts that were abandoned. */
export async function pruneDraftState(db: PhiGuardDb, now: number): Promise<void> {
  await db.transaction('rw', db.dismissals, db.shownFindings, async () => {
    await db.dismissals.where('until').belowOrEqual(now).delete();
    await db.shownFindings.where('at').below(now - DRAFT_STATE_TTL_MS).delete();
  });
}
