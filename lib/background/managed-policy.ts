import { browser } from 'wxt/browser';
import { z } from 'zod';
import { getSettings, saveSettings, usePack, type PhiGuardDb } from '../db';
import type { StatusResponse } from '../messaging/protocol';
import { t } from '../i18n';

/**
 * The organisation's enterprise policy, read from `browser.storage.managed` (Chrome/Edge `3rdparty` extension
 * policy, Firefox `policies.json` `3rdparty`; the keys are declared in `public/managed_schema.json`). Only an
 * administrator can write it. Every key is validated on its own: a typo in one key is reported and ignored
 * without losing the others (a broken `packUrls` must not also drop `lock`).
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http to this machine only (a local OpenTelemetry Collector listens on http://localhost:4318). */
const endpointUrl = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    } catch {
      return false;
    }
  }, 'must be an https:// URL (http:// only for localhost)');
const site = z.string().min(1).max(253);

const managedKeys = {
  /** Where the organisation's signed packs (compact JWS files) are published. */
  packUrls: z.array(endpointUrl).max(20),
  /** JWK Set of the public keys pack signatures must verify with. */
  trustedKeys: z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1).max(100) }),
  /** A pack delivered in the policy itself: a signed compact JWS, or pack JSON (trusted as policy). */
  inlinePack: z.string().min(1).max(3_000_000),
  refreshIntervalMinutes: z.number().int().min(1).max(10_080),
  /** Users cannot switch PHI Guard or a site off, or take the organisation's packs out of use. */
  lock: z.boolean(),
  /** Site ids (`x`, `facebook`, `linkedin`) checked whatever the user's switch says. */
  enabledSites: z.array(site).max(200),
  /** Site ids never checked. */
  disabledSites: z.array(site).max(200),
  /** Overriding a finding needs a reason, whatever the packs say. */
  overrideReasonRequired: z.boolean(),
  /** OTLP/HTTP logs endpoint, e.g. https://collector.example.org:4318/v1/logs. */
  auditEndpoint: endpointUrl,
} as const;

type ManagedKey = keyof typeof managedKeys;
export const MANAGED_POLICY_KEYS = Object.keys(managedKeys) as ManagedKey[];

export const DEFAULT_REFRESH_MINUTES = 360;

export interface ManagedPolicy {
  packUrls: string[];
  trustedKeys?: { keys: Record<string, unknown>[] };
  inlinePack?: string;
  refreshIntervalMinutes: number;
  lock: boolean;
  enabledSites: string[];
  disabledSites: string[];
  overrideReasonRequired?: boolean;
  auditEndpoint?: string;
}

export interface ManagedPolicyReading {
  policy: ManagedPolicy;
  /** `key: why` for every key that was set but invalid (and so ignored). */
  problems: string[];
}

/** Validates raw managed storage. Unknown keys are ignored; invalid ones are reported and ignored. */
export function parseManagedPolicy(raw: Record<string, unknown>): ManagedPolicyReading {
  const policy: ManagedPolicy = { packUrls: [], refreshIntervalMinutes: DEFAULT_REFRESH_MINUTES, lock: false, enabledSites: [], disabledSites: [] };
  const problems: string[] = [];
  for (const key of MANAGED_POLICY_KEYS) {
    if (raw[key] === undefined) continue;
    const parsed = managedKeys[key].safeParse(raw[key]);
    if (parsed.success) Object.assign(policy, { [key]: parsed.data });
    else problems.push(`${key}: ${parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(value)'} ${i.message}`).join('; ')}`);
  }
  return { policy, problems };
}

let cached: Promise<ManagedPolicyReading> | undefined;

/**
 * The enterprise policy, read once per worker wake and re-read when it changes. A browser without managed
 * storage for this extension (no policy, or Firefox without a policies file) rejects the read: no policy.
 */
export function readManagedPolicy(): Promise<ManagedPolicyReading> {
  cached ??= browser.storage.managed
    .get()
    .catch(() => ({}))
    .then((raw) => parseManagedPolicy(raw as Record<string, unknown>));
  return cached;
}

/**
 * Calls `onChange` whenever the administrator changes the policy. Register synchronously when the worker
 * starts, like every listener.
 */
export function watchManagedPolicy(onChange: (reading: ManagedPolicyReading) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    cached = undefined;
    void readManagedPolicy().then(onChange);
  });
}

/** Why the user may not make this site switch under the policy, or undefined when they may. */
export function siteSwitchRefusal(policy: ManagedPolicy, site: string, enabled: boolean): string | undefined {
  if (policy.enabledSites.includes(site) || policy.disabledSites.includes(site)) {
    return t('managedSiteSetByPolicy', site);
  }
  if (policy.lock && !enabled) {
    return t('managedSiteLocked', site);
  }
  return undefined;
}

/** The status with the policy's `overrideReasonRequired`, when it sets one, in place of the packs'. */
export function withManagedGuard(status: StatusResponse, policy: ManagedPolicy): StatusResponse {
  if (policy.overrideReasonRequired === undefined) return status;
  return { ...status, guard: { ...status.guard, overrideReasonRequired: policy.overrideReasonRequired } };
}

/**
 * Brings stored settings in line with the policy: the policy's site lists become the site switches (the user's
 * switch decides first when a draft is checked); under `lock`, PHI Guard stays on, no site the policy does not
 * name stays switched off, and the organisation's packs (`managedPackIds`) stay in use. Writes only what
 * differs, so it is cheap to run after every change to the settings.
 */
export async function enforceManagedSettings(db: PhiGuardDb, policy: ManagedPolicy, managedPackIds: readonly string[]): Promise<void> {
  const settings = await getSettings(db);
  const sites = { ...settings.sites };
  if (policy.lock) {
    for (const [name, on] of Object.entries(sites)) if (!on) delete sites[name];
  }
  for (const name of policy.enabledSites) sites[name] = true;
  for (const name of policy.disabledSites) sites[name] = false;
  const patch: Parameters<typeof saveSettings>[1] = {};
  if (JSON.stringify(sites) !== JSON.stringify(settings.sites)) patch.sites = sites;
  if (policy.lock && !settings.enabled) patch.enabled = true;
  if (Object.keys(patch).length) await saveSettings(db, patch);
  if (policy.lock) {
    for (const id of managedPackIds) {
      if (!settings.activePackIds.includes(id)) await usePack(db, id).catch(() => undefined);
    }
  }
}

/** A short fingerprint of the parts of the policy that decide what to sync; a change means "sync now". */
export function syncFingerprint(policy: ManagedPolicy): string {
  const text = JSON.stringify([policy.packUrls, policy.trustedKeys ?? null, policy.inlinePack ?? null]);
  // FNV-1a: a change detector, not a security measure.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

/** Test support: forget the cached policy (fakeBrowser's managed storage does not announce changes). */
export function forgetManagedPolicy(): void {
  cached = undefined;
}
