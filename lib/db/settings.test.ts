import { describe, expect, it } from 'vitest';
import { auditSalt, DEFAULT_SETTINGS, getSettings, saveSettings, setSiteEnabled } from './settings';
import { openTestDb } from './test-db';

describe('settings', () => {
  it('reads defaults from an empty database', async () => {
    const { db } = openTestDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('writes only the keys it is given', async () => {
    const { db } = openTestDb();
    await saveSettings(db, { variables: { orgPhone: '(555) 010-0100' } });
    await saveSettings(db, { enabled: false });
    const settings = await getSettings(db);
    expect(settings.variables).toEqual({ orgPhone: '(555) 010-0100' });
    expect(settings.enabled).toBe(false);
    expect(settings.activePackIds).toEqual(DEFAULT_SETTINGS.activePackIds);
  });

  it('refuses invalid values and falls back to the default for a damaged row', async () => {
    const { db } = openTestDb();
    await expect(saveSettings(db, { variables: { 'not a name': 'x' } })).rejects.toThrow();
    await db.settings.put({ key: 'sites', value: 'garbage' });
    expect((await getSettings(db)).sites).toEqual({});
  });

  it('switches one site without touching the others', async () => {
    const { db } = openTestDb();
    await setSiteEnabled(db, 'x', false);
    await setSiteEnabled(db, 'linkedin', true);
    expect((await getSettings(db)).sites).toEqual({ x: false, linkedin: true });
  });

  it('keeps one audit salt per install and a different one in another install', async () => {
    const first = openTestDb().db;
    const salt = await auditSalt(first);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditSalt(first)).toBe(salt);
    expect(await auditSalt(openTestDb().db)).not.toBe(salt);
  });

  it('never hands out the salt with the settings', async () => {
    const { db } = openTestDb();
    const salt = await auditSalt(db);
    expect(JSON.stringify(await getSettings(db))).not.toContain(salt);
  });
});
