import { describe, expect, it } from 'vitest';
import { installedContext } from './test-setup';
import { warmUp } from './warm-up';

describe('warmUp', () => {
  it('builds the active state and runs the engine without writing anything', async () => {
    const ctx = await installedContext();
    const before = await Promise.all([ctx.db.audit.count(), ctx.db.shownFindings.count(), ctx.db.dismissals.count()]);
    await warmUp(ctx);
    expect(await Promise.all([ctx.db.audit.count(), ctx.db.shownFindings.count(), ctx.db.dismissals.count()])).toEqual(before);
    expect((await ctx.state.get()).packs.map((p) => p.id)).toEqual(['phi-guard.baseline', 'org.example.social']);
    ctx.state.dispose();
    ctx.db.close();
  });
});
