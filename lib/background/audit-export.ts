import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { AuditKind, QueuedAuditEntry } from '../db';
import {
  acknowledgeAuditEntries,
  auditExportState,
  outboxBatch,
  queueNewAuditEntries,
  saveAuditExportState,
} from '../db/audit-outbox';
import type { BackgroundContext } from './context';
import { readManagedPolicy, watchManagedPolicy } from './managed-policy';

/**
 * Delivers the audit log to the organisation's audit endpoint (enterprise policy `auditEndpoint`) as
 * OpenTelemetry logs over OTLP/HTTP with JSON encoding, the format an OpenTelemetry Collector's `otlp`
 * receiver accepts at `/v1/logs` and forwards to Splunk, Elastic or any SIEM. Entries wait in the Dexie outbox
 * until the endpoint answers 2xx; failures are retried with exponential back-off on an alarm; the outbox is
 * capped so a dead endpoint cannot fill the disk.
 *
 * What is sent is an allow-list of the audit entry's fields: rule, finding type, severity, category, site,
 * surface, the salted hash of the matched value and the policy's override reason, each only where the entry
 * has it (an unchecked submission has no finding fields, a photo warning no hash). Audit entries never hold
 * draft text, and nothing else is read here.
 *
 * Permissions: as for pack URLs (see `pack-sync.ts`), no host permission; the endpoint must allow CORS from
 * the extension's origin, e.g. the Collector's `receivers.otlp.protocols.http.cors.allowed_origins`
 * listing `chrome-extension://<id>`.
 */

export const AUDIT_EXPORT_ALARM = 'phi-guard.audit-export';
/** At most this many entries wait for the endpoint; beyond it the oldest are dropped and counted. */
export const MAX_PENDING_AUDIT = 10_000;
export const AUDIT_BATCH_SIZE = 100;
/** Bounds one flush, so a long backlog is sent across several wakes rather than keeping one alive. */
const MAX_BATCHES_PER_FLUSH = 50;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
/** Entries written while typing arrive a few at a time; waiting this long sends them in one request. */
const COALESCE_MS = 2_000;
const POST_TIMEOUT_MS = 30_000;

export interface AuditExportDeps {
  fetch: typeof fetch;
  /** The extension's version, for the OpenTelemetry resource. */
  version: string;
}

export class AuditExporter {
  #queue: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: BackgroundContext,
    private readonly deps: AuditExportDeps = {
      fetch: (...args) => fetch(...args),
      version: browser.runtime.getManifest().version,
    },
  ) {}

  /**
   * Sends what is waiting. Without `force`, a flush during a back-off wait does nothing: the alarm retries,
   * so a dead endpoint is not called on every new entry.
   */
  flush({ force = false }: { force?: boolean } = {}): Promise<void> {
    const next = this.#queue.then(() => this.#flush(force));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Flushes shortly, once, however many entries are written meanwhile. */
  schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush().catch(logFailure);
    }, COALESCE_MS);
  }

  async #flush(force: boolean): Promise<void> {
    const { auditEndpoint } = (await readManagedPolicy()).policy;
    if (!auditEndpoint) return;
    const { db } = this.ctx;
    const before = await auditExportState(db);
    if (!force && before.nextAttemptAt !== undefined && before.nextAttemptAt > this.ctx.now()) return;
    await queueNewAuditEntries(db, MAX_PENDING_AUDIT);
    const instanceId = before.instanceId ?? (await saveAuditExportState(db, { instanceId: crypto.randomUUID() })).instanceId!;

    for (let sent = 0; sent < MAX_BATCHES_PER_FLUSH; sent += 1) {
      const batch = await outboxBatch(db, AUDIT_BATCH_SIZE);
      if (!batch.length) break;
      const failure = await this.#post(auditEndpoint, otlpLogsRequest(batch, { instanceId, version: this.deps.version }));
      const now = this.ctx.now();
      if (failure) {
        const failures = (await auditExportState(db)).failures + 1;
        const nextAttemptAt = now + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20));
        await saveAuditExportState(db, { failures, lastAttemptAt: now, lastError: failure, nextAttemptAt });
        await browser.alarms.create(AUDIT_EXPORT_ALARM, { when: nextAttemptAt });
        return;
      }
      await acknowledgeAuditEntries(db, batch.map((entry) => entry.seq), now);
    }
    await saveAuditExportState(db, { failures: 0, lastAttemptAt: this.ctx.now(), lastError: undefined, nextAttemptAt: undefined });
    // A backlog longer than one flush continues on the next alarm rather than in this wake.
    if (await db.auditOutbox.count()) await browser.alarms.create(AUDIT_EXPORT_ALARM, { when: this.ctx.now() + FIRST_RETRY_MS });
    else await browser.alarms.clear(AUDIT_EXPORT_ALARM);
  }

  /** POSTs one batch; returns why it failed, or undefined when the endpoint acknowledged it. */
  async #post(endpoint: string, body: OtlpLogsRequest): Promise<string | undefined> {
    try {
      const response = await this.deps.fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok ? undefined : `the endpoint answered HTTP ${response.status}`;
    } catch {
      return 'could not reach the endpoint (network error, timeout, or the endpoint does not allow CORS)';
    }
  }
}

/** Wires the exporter into the worker: new audit entries, the retry alarm and policy changes. Call synchronously at start-up. */
export function startAuditExport(ctx: BackgroundContext): AuditExporter {
  const exporter = new AuditExporter(ctx);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUDIT_EXPORT_ALARM) void exporter.flush({ force: true }).catch(logFailure);
  });
  watchManagedPolicy(() => void exporter.flush({ force: true }).catch(logFailure));
  const auditPrefix = `idb://${ctx.db.name}/audit/`;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.startsWith(auditPrefix))) exporter.schedule();
  });
  void exporter.flush().catch(logFailure);
  return exporter;
}

function logFailure(error: unknown): void {
  console.warn('PHI Guard: audit export failed', error instanceof Error ? error.message : '');
}

// ---- OTLP/HTTP JSON (opentelemetry-proto logs.v1; 64-bit integers are strings in the JSON mapping) ----

interface OtlpAttribute {
  key: string;
  value: { stringValue: string };
}
interface OtlpLogRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  body: { stringValue: string };
  attributes: OtlpAttribute[];
}
export interface OtlpLogsRequest {
  resourceLogs: {
    resource: { attributes: OtlpAttribute[] };
    scopeLogs: { scope: { name: string; version: string }; logRecords: OtlpLogRecord[] }[];
  }[];
}

// SeverityNumber INFO and WARN of the OpenTelemetry logs data model.
const SEVERITY_INFO = 9;
const SEVERITY_WARN = 13;

/** One OTLP export request holding `entries` as log records. */
export function otlpLogsRequest(entries: readonly QueuedAuditEntry[], resource: { instanceId: string; version: string }): OtlpLogsRequest {
  return {
    resourceLogs: [
      {
        resource: {
          attributes: [
            attribute('service.name', 'phi-guard'),
            attribute('service.version', resource.version),
            attribute('service.instance.id', resource.instanceId),
          ],
        },
        scopeLogs: [{ scope: { name: 'phi-guard.audit', version: resource.version }, logRecords: entries.map(logRecord) }],
      },
    ],
  };
}

/**
 * How each kind reads in a SIEM: events about findings keep the `phi_guard.finding.*` names; a photo warning
 * and an unchecked submission are not about a finding in the draft, so they are named for what they are. An
 * override and an unchecked submission are the events an auditor looks for first, hence WARN.
 */
const KIND_RECORDS: Record<AuditKind, { event: string; body: string; warn: boolean }> = {
  shown: { event: 'phi_guard.finding.shown', body: 'PHI Guard finding shown', warn: false },
  fixed: { event: 'phi_guard.finding.fixed', body: 'PHI Guard finding fixed', warn: false },
  dismissed: { event: 'phi_guard.finding.dismissed', body: 'PHI Guard finding dismissed', warn: false },
  overridden: { event: 'phi_guard.finding.overridden', body: 'PHI Guard finding overridden', warn: true },
  submitted: { event: 'phi_guard.finding.submitted', body: 'PHI Guard finding submitted', warn: false },
  'submitted-unchecked': { event: 'phi_guard.draft.submitted_unchecked', body: 'PHI Guard draft submitted unchecked', warn: true },
  'photo-warned': { event: 'phi_guard.photo.warned', body: 'PHI Guard photo warning', warn: false },
};

function logRecord(entry: QueuedAuditEntry): OtlpLogRecord {
  const time = `${BigInt(Math.trunc(entry.time)) * BigInt(1_000_000)}`;
  const { event, body, warn } = KIND_RECORDS[entry.kind];
  const optional = (key: string, value: string | undefined) => (value === undefined ? [] : [attribute(key, value)]);
  return {
    timeUnixNano: time,
    observedTimeUnixNano: time,
    severityNumber: warn ? SEVERITY_WARN : SEVERITY_INFO,
    severityText: warn ? 'WARN' : 'INFO',
    body: { stringValue: `${body}: ${entry.ruleId}` },
    attributes: [
      attribute('event.name', event),
      attribute('phi_guard.audit.seq', String(entry.seq)),
      attribute('phi_guard.rule.id', entry.ruleId),
      ...optional('phi_guard.finding.type', entry.type),
      ...optional('phi_guard.finding.severity', entry.severity),
      ...optional('phi_guard.finding.category', entry.category),
      ...optional('phi_guard.value_hash', entry.valueHash),
      ...optional('phi_guard.site', entry.site),
      ...optional('phi_guard.surface', entry.surface),
      ...optional('phi_guard.override.reason', entry.reason),
    ],
  };
}

function attribute(key: string, value: string): OtlpAttribute {
  return { key, value: { stringValue: value } };
}
