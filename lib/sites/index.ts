import type { SiteAdapter } from './adapter';
import { hostMatches } from './adapter';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { linkedinAdapter } from './linkedin';
import { xAdapter } from './x';

/** The site adapters, one file each; a site not listed falls back to the generic adapter when enabled. */
export const siteAdapters: readonly SiteAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

export function adapterFor(hostname: string): SiteAdapter {
  return siteAdapters.find((a) => hostMatches(hostname, a.hosts)) ?? genericAdapter;
}

export type { Composer, EditorKind, SiteAdapter } from './adapter';
