import type { CompiledPolicy } from '../engine/policy';
import type { UserSettings } from '../db';

/**
 * Whether drafts on `site` are checked: the master switch first, then the user's switch for the site, then
 * the policy's, and on by default.
 */
export function isSiteEnabled(settings: UserSettings, policy: CompiledPolicy, site: string | undefined): boolean {
  if (!settings.enabled) return false;
  if (site === undefined) return true;
  return settings.sites[site] ?? policy.settings.sites[site] ?? true;
}
