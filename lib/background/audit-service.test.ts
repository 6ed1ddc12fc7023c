import { afterEach, describe, expect, it } from 'vitest';
import type { BackgroundContext } from './context';
import { recordAuditEvent, recordPhotoWarning } from './audit-service';
import { installedContext } from './test-setup';

const contexts: BackgroundContext[] = [];
async function setUp() {
  const ctx = await installedContext();
  contexts.push(ctx);
  return ctx;
}
afterEach(() => {
  for (const ctx of contexts.splice(0)) {
    ctx.state.dispose();
    ctx.db.close();
  }
});

describe('recordAuditEvent: a draft submitted unchecked', () => {
  it('writes one entry that names no finding, and forgets the draft', async () => {
    const ctx = await setUp();
    await ctx.db.dismissals.put({ draftKey: 'x:post:1', ruleId: 'org.test.bed', valueHash: 'ab', until: Number.MAX_SAFE_INTEGER });
    const written = await recordAuditEvent(ctx, {
      type: 'audit',
      kind: 'submitted-unchecked',
      site: 'x',
      surface: 'post',
      draftKey: 'x:post:1',
    });
    expect(written).toBe(1);
    const rows = await ctx.db.audit.toArray();
    expect(rows).toEqual([
      { seq: rows[0]!.seq, time: 1_800_000_000_000, kind: 'submitted-unchecked', ruleId: 'guard.unchecked', site: 'x', surface: 'post' },
    ]);
    expect(await ctx.db.dismissals.count()).toBe(0);
  });
});

describe('recordPhotoWarning', () => {
  it('writes one entry per identifier the notice named, with the notice severity and no hash', async () => {
    const ctx = await setUp();
    const written = await recordPhotoWarning(ctx, {
      type: 'photoWarned',
      identifiers: ['location', 'serial', 'owner', 'consent'],
      site: 'facebook',
      surface: 'comment',
    });
    expect(written).toBe(4);
    const rows = await ctx.db.audit.toArray();
    expect(rows.map(({ seq: _seq, ...row }) => row)).toEqual([
      { time: 1_800_000_000_000, kind: 'photo-warned', ruleId: 'photo.location', type: 'location', severity: 'warn', category: 'phi', site: 'facebook', surface: 'comment' },
      { time: 1_800_000_000_000, kind: 'photo-warned', ruleId: 'photo.serial', type: 'device', severity: 'warn', category: 'phi', site: 'facebook', surface: 'comment' },
      { time: 1_800_000_000_000, kind: 'photo-warned', ruleId: 'photo.owner', type: 'name', severity: 'warn', category: 'phi', site: 'facebook', surface: 'comment' },
      { time: 1_800_000_000_000, kind: 'photo-warned', ruleId: 'photo.consent', type: 'photo', severity: 'info', category: 'phi', site: 'facebook', surface: 'comment' },
    ]);
  });

  it('records a repeated identifier once', async () => {
    const ctx = await setUp();
    expect(await recordPhotoWarning(ctx, { type: 'photoWarned', identifiers: ['consent', 'consent'] })).toBe(1);
    expect((await ctx.db.audit.toArray()).map((r) => r.ruleId)).toEqual(['photo.consent']);
  });
});
