import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Category, FindingType, Severity, Surface } from '../engine/finding';
import type { Pack } from '../policy/schema';

export const DB_NAME = 'phi-guard';

/** Where a stored pack version came from. */
export type PackSource = 'builtin' | 'file' | 'url' | 'managed' | 'options';
/**
 * `builtin`: shipped inside the extension, trusted by construction. `verified`: its JWS checked against a
 * trusted key. `unsigned`: imported or edited by the user, or from a source that does not require signing.
 */
export type SignatureStatus = 'builtin' | 'verified' | 'unsigned';

/** One version of one pack. Every version is kept; exactly one per pack id has `active: 1`. */
export interface PackRecord {
  id: string;
  version: number;
  source: PackSource;
  pack: Pack;
  signature: SignatureStatus;
  /** When this version was stored (epoch ms). */
  fetchedAt: number;
  /** 0 | 1 rather than boolean: IndexedDB cannot index booleans. */
  active: 0 | 1;
  /** The admin URL it was fetched from, for `url` and `managed` packs. */
  url?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * `shown` … `submitted` are about one finding in a draft. `submitted-unchecked`: a draft went out without a
 * check (the policy's fail-open mode). `photo-warned`: an attached photo's notice named an identifier.
 */
export const AUDIT_KINDS = ['shown', 'fixed', 'dismissed', 'overridden', 'submitted', 'submitted-unchecked', 'photo-warned'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * One audited event. Never holds the draft, the matched words or anything of a photo: `valueHash` is a salted
 * SHA-256 of the matched value, enough to count repeats of the same identifier without revealing it.
 *
 * Entries about a finding carry its type, severity, category and `valueHash`. A `photo-warned` entry names
 * one identifier the photo carried (ruleId `photo.location`, `photo.serial`, `photo.owner` or
 * `photo.consent`) with its type, severity and category, and no `valueHash`: the value is never read out.
 * A `submitted-unchecked` entry (ruleId `guard.unchecked`) has none of the four: no finding is known.
 */
export interface AuditEntry {
  seq?: number;
  /** Epoch ms. */
  time: number;
  kind: AuditKind;
  ruleId: string;
  type?: FindingType;
  severity?: Severity;
  category?: Category;
  site?: string;
  surface?: Surface;
  valueHash?: string;
  /** For overrides and dismissals: one of the policy's override reasons, or `other`. */
  reason?: string;
}

/** An entry about one finding in a draft, which always has the finding's fields. */
export type FindingAuditEntry = AuditEntry & Required<Pick<AuditEntry, 'type' | 'severity' | 'category' | 'valueHash'>>;

/** An audit entry queued for export, keyed by its `seq` in the audit log so it is never queued twice. */
export type QueuedAuditEntry = AuditEntry & { seq: number };

/** Identifies one finding within one draft without its words. */
export interface DraftFindingKey {
  draftKey: string;
  ruleId: string;
  valueHash: string;
}

/** "Ignore once": hides this finding in this draft until `until` (epoch ms), across re-checks. */
export interface Dismissal extends DraftFindingKey {
  until: number;
}

/** A finding already logged as `shown` for this draft, so re-checks while typing do not log it again. */
export interface ShownFinding extends DraftFindingKey {
  at: number;
}

/**
 * The extension's IndexedDB database. Only the background and extension pages open it: a content script
 * would open the site's database instead. Templates live inside their packs (and so share the packs' version
 * history), so they have no table of their own.
 */
export class PhiGuardDb extends Dexie {
  packs!: Table<PackRecord, [string, number]>;
  settings!: Table<SettingRow, string>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  dismissals!: Table<Dismissal, [string, string, string]>;
  shownFindings!: Table<ShownFinding, [string, string, string]>;
  /** Audit entries waiting for the admin's audit endpoint to acknowledge them (see `audit-outbox.ts`). */
  auditOutbox!: Table<QueuedAuditEntry, number>;

  /** `options` lets tests give each database its own IndexedDB factory. */
  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    this.version(1).stores({
      packs: '[id+version], id, active',
      settings: 'key',
      audit: '++seq, time, kind',
      dismissals: '[draftKey+ruleId+valueHash], draftKey, until',
      shownFindings: '[draftKey+ruleId+valueHash], draftKey, at',
    });
    // Version 2: the export queue for the enterprise audit endpoint. Its own copy, so clearing the local log
    // does not withdraw entries the organisation has not received yet.
    this.version(2).stores({ auditOutbox: 'seq' });
  }
}

let shared: PhiGuardDb | undefined;
/** The database for this extension context (background or extension page), opened on first use. */
export function phiGuardDb(): PhiGuardDb {
  return (shared ??= new PhiGuardDb());
}
