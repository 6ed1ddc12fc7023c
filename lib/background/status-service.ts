import { getSettings, setSiteEnabled, type UserSettings } from '../db';
import type { PublicSettings, RequestOf, ResponseOf } from '../messaging/protocol';
import type { BackgroundContext } from './context';
import { isSiteEnabled } from './site-switch';
import { templatesForSite, templateVariables } from './templates';

export async function readSettings(ctx: BackgroundContext): Promise<ResponseOf<'getSettings'>> {
  return { ok: true, settings: publicSettings(await getSettings(ctx.db)) };
}

export async function switchSite(
  ctx: BackgroundContext,
  request: RequestOf<'setSiteEnabled'>,
): Promise<ResponseOf<'setSiteEnabled'>> {
  return { ok: true, settings: publicSettings(await setSiteEnabled(ctx.db, request.site, request.enabled)) };
}

/** What the popup and the content script show: the packs in force, the switches, and the submit guard's rules. */
export async function readStatus(
  ctx: BackgroundContext,
  request: RequestOf<'getStatus'>,
): Promise<ResponseOf<'getStatus'>> {
  const { policy, packs, settings } = await ctx.state.get();
  const { blockOnSubmit, overrideReasonRequired, overrideReasons, failMode } = policy.settings;
  return {
    ok: true,
    enabled: settings.enabled,
    siteEnabled: isSiteEnabled(settings, policy, request.site),
    packs: packs.length
      ? packs.map(({ id, pack, version, source, signature, fetchedAt }) => ({
          id,
          name: pack.name,
          version,
          source,
          signature,
          fetchedAt,
        }))
      : // Nothing stored yet (first start before install finished): the compiled-in baseline is in force.
        policy.packs.map(({ id, name, version }) => ({
          id,
          name,
          version,
          source: 'builtin' as const,
          signature: 'builtin' as const,
          fetchedAt: 0,
        })),
    policyKey: policy.key,
    guard: { blockOnSubmit, overrideReasonRequired, overrideReasons: [...overrideReasons], failMode },
  };
}

export async function readTemplates(
  ctx: BackgroundContext,
  request: RequestOf<'getTemplates'>,
): Promise<ResponseOf<'getTemplates'>> {
  const { policy, settings } = await ctx.state.get();
  return { ok: true, templates: templatesForSite(policy, request.site), variables: templateVariables(policy, settings) };
}

function publicSettings({ enabled, sites, variables, activePackIds, ui }: UserSettings): PublicSettings {
  return { enabled, sites, variables, activePackIds, ui };
}
