import type { SiteAdapter } from './adapter';
import { hostMatches } from './adapter';
import { facebookAdapter } from './facebook';
import { genericAdapterFor } from './generic';
import { linkedinAdapter } from './linkedin';
import { xAdapter } from './x';

/** The site adapters, one file each; a site not listed falls back to the generic adapter when enabled. */
export const siteAdapters: readonly SiteAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

/** The adapter of one of the target sites, or undefined for a host the generic adapter serves. */
export function ownAdapterFor(hostname: string): SiteAdapter | undefined {
  return siteAdapters.find((a) => hostMatches(hostname, a.hosts));
}

export function adapterFor(hostname: string): SiteAdapter {
  return ownAdapterFor(hostname) ?? genericAdapterFor(hostname);
}

export type { Composer, EditorKind, SiteAdapter } from './adapter';
