import { describe, expect, it } from 'vitest';
import { baselinePack } from '../policy/baseline';
import { makeTestPack } from '../policy/test-pack';
import { appendAudit, auditEntries } from './audit';
import type { AuditEntry } from './database';
import {
  activatePackVersion,
  activePacks,
  packHistory,
  savePackVersion,
  stopUsingPack,
  storeBuiltinPack,
  usePack,
} from './packs';
import { getSettings, saveSettings } from './settings';
import { openTestDb } from './test-db';

const auditRow: AuditEntry = {
  time: 1,
  kind: 'overridden',
  ruleId: 'phi.name',
  type: 'name',
  severity: 'block',
  category: 'phi',
  site: 'x',
  surface: 'post',
  valueHash: 'ab'.repeat(32),
  reason: 'other',
};

describe('pack storage', () => {
  it('seeds the baseline on install as the one active pack', async () => {
    const { db } = openTestDb();
    await storeBuiltinPack(db);
    const active = await activePacks(db);
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({
      id: baselinePack().id,
      version: baselinePack().version,
      source: 'builtin',
      signature: 'builtin',
      active: 1,
    });
    expect(active[0]!.pack).toEqual(baselinePack());
    expect((await getSettings(db)).activePackIds).toEqual([baselinePack().id]);
  });

  it('does not rewrite an unchanged baseline on every start', async () => {
    const { db } = openTestDb();
    await storeBuiltinPack(db);
    const [before] = await packHistory(db, baselinePack().id);
    await storeBuiltinPack(db);
    expect(await packHistory(db, baselinePack().id)).toEqual([before]);
  });

  it('on update activates the new baseline and keeps settings, audit, other packs and history', async () => {
    const { db } = openTestDb();
    await storeBuiltinPack(db);
    await saveSettings(db, { sites: { facebook: false }, variables: { orgPhone: '(555) 010-0100' } });
    await appendAudit(db, [auditRow]);
    await savePackVersion(db, { pack: makeTestPack(), source: 'file', signature: 'unsigned' });
    const settingsBefore = await getSettings(db);

    await storeBuiltinPack(db, { ...baselinePack(), version: baselinePack().version + 1 });

    const history = await packHistory(db, baselinePack().id);
    expect(history.map((r) => [r.version, r.active])).toEqual([
      [baselinePack().version + 1, 1],
      [baselinePack().version, 0],
    ]);
    expect((await activePacks(db)).map((r) => `${r.id}@${r.version}`)).toEqual([
      `${baselinePack().id}@${baselinePack().version + 1}`,
      'org.example.social@1',
    ]);
    expect(await getSettings(db)).toEqual(settingsBefore);
    expect(await auditEntries(db)).toEqual([{ ...auditRow, seq: 1 }]);
  });

  it('keeps every version of a pack, one active, and can roll back', async () => {
    const { db } = openTestDb();
    await storeBuiltinPack(db);
    for (const version of [1, 2, 3]) {
      await savePackVersion(db, { pack: makeTestPack({ version }), source: 'url', signature: 'verified', url: 'https://policy.example.org/pack.jws' });
    }
    expect((await packHistory(db, 'org.example.social')).map((r) => [r.version, r.active])).toEqual([
      [3, 1],
      [2, 0],
      [1, 0],
    ]);
    await activatePackVersion(db, 'org.example.social', 2);
    expect((await activePacks(db)).map((r) => r.version)).toEqual([baselinePack().version, 2]);
    await expect(activatePackVersion(db, 'org.example.social', 9)).rejects.toThrow(/no stored version/);
  });

  it('stores a version without activating it when asked', async () => {
    const { db } = openTestDb();
    await savePackVersion(db, { pack: makeTestPack({ version: 1 }), source: 'file', signature: 'unsigned' });
    await savePackVersion(db, { pack: makeTestPack({ version: 2 }), source: 'file', signature: 'unsigned' }, { activate: false });
    expect((await activePacks(db)).map((r) => r.version)).toEqual([1]);
  });

  it('takes a pack out of use and back without losing its versions', async () => {
    const { db } = openTestDb();
    await storeBuiltinPack(db);
    await savePackVersion(db, { pack: makeTestPack(), source: 'options', signature: 'unsigned' });
    await stopUsingPack(db, 'org.example.social');
    expect((await activePacks(db)).map((r) => r.id)).toEqual([baselinePack().id]);
    await usePack(db, 'org.example.social');
    expect((await activePacks(db)).map((r) => r.id)).toEqual([baselinePack().id, 'org.example.social']);
  });

  it('refuses a pack that does not validate', async () => {
    const { db } = openTestDb();
    const broken = { ...makeTestPack(), version: 0 };
    await expect(savePackVersion(db, { pack: broken, source: 'file', signature: 'unsigned' })).rejects.toThrow(/version/);
    expect(await db.packs.count()).toBe(0);
  });
});
