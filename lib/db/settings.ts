import { z } from 'zod';
import { BASELINE_PACK_ID } from '../policy/baseline';
import type { PhiGuardDb, SettingRow } from './database';

/**
 * The user's settings, one row per key so that writing one switch never overwrites another page's change to a
 * different one. Every value is validated on read: a damaged row falls back to its default instead of breaking
 * the check.
 */
export const userSettingsSchema = z.object({
  /** The master switch. */
  enabled: z.boolean(),
  /** Per-site switches by site id (`x`, `facebook`, `linkedin`, or a host the user enabled); absent = default. */
  sites: z.record(z.string().min(1).max(253), z.boolean()),
  /** Template variables the user fills in (`orgPhone`, `portalUrl`, ...); they override the packs' values. */
  variables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), z.string().max(2000)),
  /** Pack ids in use, in merge order: later packs override earlier ones. */
  activePackIds: z.array(z.string().min(1).max(120)).max(50),
  ui: z.object({ theme: z.enum(['system', 'light', 'dark']) }),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;
export type SettingKey = keyof UserSettings;

export const DEFAULT_SETTINGS: Readonly<UserSettings> = {
  enabled: true,
  sites: {},
  variables: {},
  activePackIds: [BASELINE_PACK_ID],
  ui: { theme: 'system' },
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
const AUDIT_SALT_KEY = 'auditSalt';

/** All settings, with defaults for missing or damaged rows. */
export async function getSettings(db: PhiGuardDb): Promise<UserSettings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const settings = structuredClone(DEFAULT_SETTINGS) as UserSettings;
  rows.forEach((row, i) => {
    const key = SETTING_KEYS[i]!;
    const parsed = userSettingsSchema.shape[key].safeParse(row?.value);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  });
  return settings;
}

/** Writes the given settings (validated) and leaves the others as they are. */
export async function saveSettings(db: PhiGuardDb, patch: Partial<UserSettings>): Promise<UserSettings> {
  const valid = userSettingsSchema.partial().parse(patch);
  await db.settings.bulkPut(Object.entries(valid).map(([key, value]) => ({ key, value })));
  return getSettings(db);
}

/** Switches checking on one site on or off for this user. */
export async function setSiteEnabled(db: PhiGuardDb, site: string, enabled: boolean): Promise<UserSettings> {
  return db.transaction('rw', db.settings, async () => {
    const { sites } = await getSettings(db);
    return saveSettings(db, { sites: { ...sites, [site]: enabled } });
  });
}

/**
 * This install's secret salt for audit hashes, created on first use. It never leaves the background: with it,
 * a short identifier such as a phone number could be recovered from its hash by trying every number.
 */
export async function auditSalt(db: PhiGuardDb): Promise<string> {
  // Read first: every worker wake asks, and a read-only lookup does not queue behind writers.
  const stored = storedSalt(await db.settings.get(AUDIT_SALT_KEY));
  if (stored) return stored;
  return db.transaction('rw', db.settings, async () => {
    const raced = storedSalt(await db.settings.get(AUDIT_SALT_KEY));
    if (raced) return raced;
    const salt = randomHex(32);
    await db.settings.put({ key: AUDIT_SALT_KEY, value: salt });
    return salt;
  });
}

function storedSalt(row: SettingRow | undefined): string | undefined {
  return typeof row?.value === 'string' && row.value.length >= 32 ? row.value : undefined;
}

function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}
