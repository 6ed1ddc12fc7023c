import { describe, expect, it, vi } from 'vitest';
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
});
