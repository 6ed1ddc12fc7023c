import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendAudit, clearAudit, type AuditEntry } from '../db';
import { auditExportState, outboxSize, queueNewAuditEntries } from '../db/audit-outbox';
import { AUDIT_BATCH_SIZE, AUDIT_EXPORT_ALARM, AuditExporter, otlpLogsRequest, type OtlpLogsRequest } from './audit-export';
import type { BackgroundContext } from './context';
import { forgetManagedPolicy } from './managed-policy';
import { installedContext } from './test-setup';

const ENDPOINT = 'https://collector.example.org/v1/logs';
let clock = 1_800_000_000_000;
let ctx: BackgroundContext;
let up = true;
let posted: OtlpLogsRequest[] = [];
const exporter = () =>
  new AuditExporter(ctx, {
    version: '0.1.0',
    fetch: async (_url, init) => {
      if (!up) throw new TypeError('Failed to fetch');
      posted.push(JSON.parse(String(init?.body)) as OtlpLogsRequest);
      return new Response('{}', { status: 200 });
    },
  });

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  time: clock,
  kind: 'shown',
  ruleId: 'phi.phone',
  type: 'phone',
  severity: 'block',
  category: 'phi',
  site: 'x',
  surface: 'post',
  valueHash: 'ab12',
  ...over,
});
const seqsPosted = () =>
  posted.flatMap((r) => r.resourceLogs[0]!.scopeLogs[0]!.logRecords.map((l) => Number(l.attributes.find((a) => a.key === 'phi_guard.audit.seq')?.value.stringValue)));

beforeEach(async () => {
  ctx = await installedContext({ now: () => clock, withOrgPack: false });
  await fakeBrowser.storage.managed.set({ auditEndpoint: ENDPOINT });
  up = true;
  posted = [];
});
afterEach(() => {
  ctx.state.dispose();
  fakeBrowser.reset();
  forgetManagedPolicy();
});

describe('otlpLogsRequest', () => {
  it('maps an entry to an OTLP log record with string attributes and nanosecond time as a string', () => {
    const request = otlpLogsRequest([{ ...entry({ kind: 'overridden', reason: 'other', time: 1_800_000_000_123 }), seq: 7 }], { instanceId: 'i-1', version: '0.1.0' });
    const [resourceLogs] = request.resourceLogs;
    expect(resourceLogs!.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'phi-guard' } });
    const record = resourceLogs!.scopeLogs[0]!.logRecords[0]!;
    expect(record).toMatchObject({ timeUnixNano: '1800000000123000000', severityNumber: 13, severityText: 'WARN' });
    expect(record.attributes).toEqual(
      expect.arrayContaining([
        { key: 'phi_guard.audit.seq', value: { stringValue: '7' } },
        { key: 'phi_guard.rule.id', value: { stringValue: 'phi.phone' } },
        { key: 'phi_guard.override.reason', value: { stringValue: 'other' } },
      ]),
    );
  });

  it('names an unchecked submission and a photo warning for what they are, with only the fields they have', () => {
    const request = otlpLogsRequest(
      [
        { seq: 1, time: clock, kind: 'submitted-unchecked', ruleId: 'guard.unchecked', site: 'x', surface: 'post' },
        { seq: 2, time: clock, kind: 'photo-warned', ruleId: 'photo.serial', type: 'device', severity: 'warn', category: 'phi', site: 'x' },
      ],
      { instanceId: 'i', version: '0.1.0' },
    );
    const [unchecked, photo] = request.resourceLogs[0]!.scopeLogs[0]!.logRecords;
    const attributes = (record: typeof unchecked) => Object.fromEntries(record!.attributes.map((a) => [a.key, a.value.stringValue]));
    expect(unchecked).toMatchObject({ severityText: 'WARN', body: { stringValue: 'PHI Guard draft submitted unchecked: guard.unchecked' } });
    expect(attributes(unchecked)).toEqual({
      'event.name': 'phi_guard.draft.submitted_unchecked',
      'phi_guard.audit.seq': '1',
      'phi_guard.rule.id': 'guard.unchecked',
      'phi_guard.site': 'x',
      'phi_guard.surface': 'post',
    });
    expect(photo).toMatchObject({ severityText: 'INFO', body: { stringValue: 'PHI Guard photo warning: photo.serial' } });
    expect(attributes(photo)).toEqual({
      'event.name': 'phi_guard.photo.warned',
      'phi_guard.audit.seq': '2',
      'phi_guard.rule.id': 'photo.serial',
      'phi_guard.finding.type': 'device',
      'phi_guard.finding.severity': 'warn',
      'phi_guard.finding.category': 'phi',
      'phi_guard.site': 'x',
    });
  });
});

describe('AuditExporter', () => {
  it('does nothing without an audit endpoint', async () => {
    await fakeBrowser.storage.managed.clear();
    forgetManagedPolicy();
    await appendAudit(ctx.db, [entry()]);
    await exporter().flush();
    expect(posted).toEqual([]);
    expect(await outboxSize(ctx.db)).toBe(0);
  });

  it('delivers in batches and empties the outbox on 2xx', async () => {
    await appendAudit(ctx.db, Array.from({ length: AUDIT_BATCH_SIZE + 5 }, () => entry()));
    await exporter().flush();
    expect(posted.map((r) => r.resourceLogs[0]!.scopeLogs[0]!.logRecords.length)).toEqual([AUDIT_BATCH_SIZE, 5]);
    expect(await outboxSize(ctx.db)).toBe(0);
    expect(await auditExportState(ctx.db)).toMatchObject({ delivered: AUDIT_BATCH_SIZE + 5, failures: 0 });
  });

  it('keeps entries through an outage, backs off, and delivers each once afterwards, even if the local log was cleared', async () => {
    const sender = exporter();
    await appendAudit(ctx.db, [entry(), entry()]);
    await sender.flush();
    up = false;
    await appendAudit(ctx.db, [entry({ kind: 'fixed' }), entry({ kind: 'submitted' })]);
    await sender.flush();
    const waiting = await auditExportState(ctx.db);
    expect(waiting).toMatchObject({ failures: 1, nextAttemptAt: clock + 30_000 });
    expect(await fakeBrowser.alarms.get(AUDIT_EXPORT_ALARM)).toMatchObject({ scheduledTime: clock + 30_000 });
    await sender.flush();
    expect((await auditExportState(ctx.db)).failures).toBe(1); // waiting out the back-off: not called again
    await clearAudit(ctx.db);

    up = true;
    await sender.flush({ force: true });
    expect(seqsPosted()).toEqual([1, 2, 3, 4]);
    expect(await auditExportState(ctx.db)).toMatchObject({ failures: 0, delivered: 4 });
    expect(await fakeBrowser.alarms.get(AUDIT_EXPORT_ALARM)).toBeUndefined();
  });

  it('caps the outbox, dropping the oldest entries and counting them', async () => {
    await appendAudit(ctx.db, Array.from({ length: 8 }, () => entry()));
    await queueNewAuditEntries(ctx.db, 5);
    expect(await outboxSize(ctx.db)).toBe(5);
    await appendAudit(ctx.db, [entry(), entry()]);
    await queueNewAuditEntries(ctx.db, 5);
    expect(await ctx.db.auditOutbox.toCollection().primaryKeys()).toEqual([6, 7, 8, 9, 10]);
    expect((await auditExportState(ctx.db)).dropped).toBe(5);
  });

  it('never sends the matched words or anything outside the audit entry', async () => {
    await appendAudit(ctx.db, [entry({ valueHash: 'f00d' })]);
    await exporter().flush();
    const keys = posted[0]!.resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!.attributes.map((a) => a.key);
    expect(keys.sort()).toEqual(
      ['event.name', 'phi_guard.audit.seq', 'phi_guard.finding.category', 'phi_guard.finding.severity', 'phi_guard.finding.type', 'phi_guard.rule.id', 'phi_guard.site', 'phi_guard.surface', 'phi_guard.value_hash'].sort(),
    );
  });
});
