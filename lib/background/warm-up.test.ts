import { describe, expect, it, vi } from 'vitest';
import { DRAFT_STATE_TTL_MS } from '../db';
import * as check from '../engine/check';
import { installedContext } from './test-setup';
import { warmUp } from './warm-up';

vi.mock('../engine/check', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../engine/check')>();
  return { ...actual, checkWithReport: vi.fn(actual.checkWithReport) };
});

describe('warmUp', () => {
  it('builds the active state and runs the engine without writing anything', async () => {
    const ctx = await installedContext();
    const before = await Promise.all([ctx.db.audit.count(), ctx.db.shownFindings.count(), ctx.db.dismissals.count()]);
    vi.mocked(check.checkWithReport).mockClear();
    await warmUp(ctx, 0);
    expect(check.checkWithReport).toHaveBeenCalledTimes(1);
    expect(ctx.engineWarm).toBe(true);
    expect(await Promise.all([ctx.db.audit.count(), ctx.db.shownFindings.count(), ctx.db.dismissals.count()])).toEqual(before);
    expect((await ctx.state.get()).packs.map((p) => p.id)).toEqual(['phi-guard.baseline', 'org.example.social']);
    ctx.state.dispose();
    ctx.db.close();
  });

  it('leaves the engine alone when a draft was checked first', async () => {
    const ctx = await installedContext();
    vi.mocked(check.checkWithReport).mockClear();
    ctx.engineWarm = true;
    await warmUp(ctx, 0);
    expect(check.checkWithReport).not.toHaveBeenCalled();
    ctx.state.dispose();
    ctx.db.close();
  });

  it('deletes expired per-draft state and keeps what is still in force, whether or not the engine was warm', async () => {
    const ctx = await installedContext();
    const now = ctx.now();
    const key = (draftKey: string) => ({ draftKey, ruleId: 'org.test.bed', valueHash: 'ab' });
    await ctx.db.dismissals.bulkPut([{ ...key('old'), until: now - 1 }, { ...key('live'), until: now + 60_000 }]);
    await ctx.db.shownFindings.bulkPut([{ ...key('old'), at: now - DRAFT_STATE_TTL_MS - 1 }, { ...key('live'), at: now - 60_000 }]);
    ctx.engineWarm = true;
    await warmUp(ctx, 0);
    expect((await ctx.db.dismissals.toArray()).map((row) => row.draftKey)).toEqual(['live']);
    expect((await ctx.db.shownFindings.toArray()).map((row) => row.draftKey)).toEqual(['live']);
    ctx.state.dispose();
    ctx.db.close();
  });
});
