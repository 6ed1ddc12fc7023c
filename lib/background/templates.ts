import type { CompiledPolicy } from '../engine/policy';
import type { Finding } from '../engine/finding';
import type { UserSettings } from '../db';
import type { SuggestedTemplate } from '../messaging/protocol';

/** The active policy's templates meant for `site` (templates without a site list suit every site). */
export function templatesForSite(policy: CompiledPolicy, site: string | undefined): SuggestedTemplate[] {
  return policy.templates
    .filter((t) => !t.sites || (site !== undefined && t.sites.includes(site)))
    .map(({ id, title, situations, body }) => ({ id, title, situations: [...situations], body }));
}

/**
 * Templates worth offering for a draft: those for the situations of the comment being replied to (most urgent
 * situation first), then those the findings point to, each once.
 */
export function suggestTemplates(
  policy: CompiledPolicy,
  situations: readonly string[],
  findings: readonly Finding[],
  site: string | undefined,
): SuggestedTemplate[] {
  const usable = templatesForSite(policy, site);
  const picked = new Map<string, SuggestedTemplate>();
  for (const situation of situations) {
    for (const template of usable) if (template.situations.includes(situation)) picked.set(template.id, template);
  }
  const referenced = new Set(findings.flatMap((f) => f.templates ?? []));
  for (const template of usable) if (referenced.has(template.id) && !picked.has(template.id)) picked.set(template.id, template);
  return [...picked.values()];
}

/** Template variables: the active packs' values, overridden by the ones the user filled in. */
export function templateVariables(policy: CompiledPolicy, settings: UserSettings): Record<string, string> {
  return { ...policy.variables, ...settings.variables };
}
