import { phiGuardDb } from '@/lib/db';
import { keepEngineScriptsImportable, registerEngineScripts } from '@/lib/background/engine-scripts';
import { markWake } from '@/lib/background/wake-timeline';
import {
  createBackgroundContext,
  createRouter,
  extensionIdentity,
  forgetTabsThatLeave,
  prepareStorage,
  registerRouter,
  startAuditExport,
  startGenericSites,
  startPackSync,
  warmUp,
} from '@/lib/background';

export default defineBackground(() => {
  markWake('modulesEvaluated');
  // Packs' nlp and regex engines come from scripts of their own, loaded only for packs that use them.
  registerEngineScripts();
  keepEngineScriptsImportable();
  const db = phiGuardDb();
  const ctx = createBackgroundContext(db);
  // Registered synchronously, before any await, so the message that woke the worker is not missed.
  registerRouter(createRouter(ctx, extensionIdentity()));
  forgetTabsThatLeave(ctx.tabFindings);
  // Sites the user switched on from the popup: the composer script runs on exactly the origins granted.
  startGenericSites();
  // The organisation's enterprise policy: signed packs from its URLs, and audit delivery to its endpoint.
  startPackSync(ctx);
  startAuditExport(ctx);
  browser.runtime.onInstalled.addListener(() => {
    void prepareStorage(db).catch((error: unknown) => {
      console.error('PHI Guard: preparing storage failed', error instanceof Error ? error.name : '');
    });
  });
  // A failure here is not cached: the first message retries it and reports it.
  void warmUp(ctx).catch(() => undefined);
});
