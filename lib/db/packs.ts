import { baselinePack } from '../policy/baseline';
import { validatePack, type Pack } from '../policy/schema';
import type { PackRecord, PackSource, PhiGuardDb, SignatureStatus } from './database';
import { DEFAULT_SETTINGS, getSettings, saveSettings } from './settings';

export interface NewPackVersion {
  pack: Pack;
  source: PackSource;
  signature: SignatureStatus;
  url?: string;
  /** Epoch ms; now by default. */
  fetchedAt?: number;
}

/** The active version of every pack in use, in merge order (settings' `activePackIds`). */
export async function activePacks(db: PhiGuardDb): Promise<PackRecord[]> {
  return db.transaction('r', db.packs, db.settings, async () => {
    const [{ activePackIds }, rows] = await Promise.all([
      getSettings(db),
      db.packs.where('active').equals(1).toArray(),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return activePackIds.flatMap((id) => byId.get(id) ?? []);
  });
}

/** Every stored version of one pack, newest first. */
export async function packHistory(db: PhiGuardDb, packId: string): Promise<PackRecord[]> {
  const rows = await db.packs.where('id').equals(packId).toArray();
  return rows.sort((a, b) => b.version - a.version);
}

/** The active version of every stored pack, in use or not (for the options page's pack list). */
export async function latestPacks(db: PhiGuardDb): Promise<PackRecord[]> {
  return db.packs.where('active').equals(1).toArray();
}

/**
 * Stores a pack version (replacing a stored row with the same id and version) and, unless told otherwise,
 * makes it the active version of its pack and puts the pack in use. Older versions stay as history. The pack
 * is validated again here: storage is the last gate before the engine.
 */
export async function savePackVersion(
  db: PhiGuardDb,
  input: NewPackVersion,
  { activate = true }: { activate?: boolean } = {},
): Promise<PackRecord> {
  const checked = validatePack(input.pack);
  if (!checked.ok) {
    throw new Error(`pack rejected: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const { pack } = checked;
  const record: PackRecord = {
    id: pack.id,
    version: pack.version,
    source: input.source,
    pack,
    signature: input.signature,
    fetchedAt: input.fetchedAt ?? Date.now(),
    active: 0,
    ...(input.url ? { url: input.url } : {}),
  };
  return db.transaction('rw', db.packs, db.settings, async () => {
    const current = await db.packs.get([pack.id, pack.version]);
    if (!activate) {
      record.active = current?.active ?? 0;
      await db.packs.put(record);
      return record;
    }
    await db.packs.put(record);
    await markActive(db, pack.id, pack.version);
    const { activePackIds } = await getSettings(db);
    if (!activePackIds.includes(pack.id)) await saveSettings(db, { activePackIds: [...activePackIds, pack.id] });
    return { ...record, active: 1 };
  });
}

/** Makes a stored version the active one of its pack (a deliberate rollback, or a new version). */
export async function activatePackVersion(db: PhiGuardDb, packId: string, version: number): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    if (!(await db.packs.get([packId, version]))) throw new Error(`no stored version ${version} of pack ${packId}`);
    await markActive(db, packId, version);
  });
}

/** Takes a pack out of use; its versions stay stored and it can be put back with `usePack`. */
export async function stopUsingPack(db: PhiGuardDb, packId: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const { activePackIds } = await getSettings(db);
    await saveSettings(db, { activePackIds: activePackIds.filter((id) => id !== packId) });
  });
}

/** Puts a stored pack (its active version) back in use, after the packs already in use. */
export async function usePack(db: PhiGuardDb, packId: string): Promise<void> {
  await db.transaction('rw', db.packs, db.settings, async () => {
    if (!(await db.packs.where('id').equals(packId).count())) throw new Error(`pack ${packId} is not stored`);
    const { activePackIds } = await getSettings(db);
    if (!activePackIds.includes(packId)) await saveSettings(db, { activePackIds: [...activePackIds, packId] });
  });
}

/**
 * Install and update: stores the pack shipped with this build (the baseline) and makes it the active version
 * of its id. Settings, the audit log, other packs and older baseline versions are left as they are; on a
 * first install the baseline is also put in use. Safe to run on every start.
 */
export async function storeBuiltinPack(db: PhiGuardDb, pack: Pack = baselinePack()): Promise<void> {
  await db.transaction('rw', db.packs, db.settings, async () => {
    const stored = await db.packs.get([pack.id, pack.version]);
    const unchanged = stored?.source === 'builtin' && JSON.stringify(stored.pack) === JSON.stringify(pack);
    if (!unchanged) {
      await db.packs.put({
        id: pack.id,
        version: pack.version,
        source: 'builtin',
        pack,
        signature: 'builtin',
        fetchedAt: Date.now(),
        active: 0,
      });
    }
    if (stored?.active !== 1 || !unchanged) await markActive(db, pack.id, pack.version);
    if (!(await db.settings.get('activePackIds'))) {
      await saveSettings(db, { activePackIds: [...DEFAULT_SETTINGS.activePackIds] });
    }
  });
}

async function markActive(db: PhiGuardDb, packId: string, version: number): Promise<void> {
  await db.packs
    .where('id')
    .equals(packId)
    .modify((row) => {
      row.active = row.version === version ? 1 : 0;
    });
}
