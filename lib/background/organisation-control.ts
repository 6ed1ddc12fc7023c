import type { StatusResponse } from '../messaging/protocol';
import type { ManagedPolicy } from './managed-policy';

/**
 * Adds to a status what the organisation's enterprise policy decides about the switches, so the popup can
 * show "managed by your organisation" instead of a switch that the background would refuse. The site lists
 * win over the lock, and the disabled list over the enabled one, as `enforceManagedSettings` applies them.
 */
export function withOrganisationControl(status: StatusResponse, policy: ManagedPolicy, site: string | undefined): StatusResponse {
  const organisation: NonNullable<StatusResponse['organisation']> = { locked: policy.lock };
  if (site !== undefined && policy.disabledSites.includes(site)) organisation.site = 'off';
  else if (site !== undefined && policy.enabledSites.includes(site)) organisation.site = 'on';
  return { ...status, organisation };
}
